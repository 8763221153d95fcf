import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/**
 * The app's texts (src/locales/<language>/<part>.json, ICU messages keyed by id) checked and
 * compiled at build time:
 *  - every language has exactly English's keys, each message parses, and its {placeholders}
 *    are English's; a missing German text fails `vite dev` and `vite build` naming the file and key;
 *  - each file is compiled to Lingui's message form, so the browser ships no ICU parser.
 */
const LOCALES_DIR = resolve(import.meta.dirname, '../src/locales');
const SOURCE_LANGUAGE = 'en';
/** The first screen's texts are filled without Lingui (src/shared/i18n/simple-message.ts). */
const SIMPLE_PART = 'shell.json';

const isSimple = (tokens: readonly Token[]) => tokens.every((token) => token.type === 'content' || token.type === 'argument');
const localeFile = /[\\/]src[\\/]locales[\\/][a-z]{2}[\\/][a-z-]+\.json$/;

type Texts = Record<string, string>;

/** Argument names a message uses ({count}, {name} …), nested plural and select branches included. */
function argumentsOf(tokens: readonly Token[], found = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === 'argument' || token.type === 'function') found.add(token.arg);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      found.add(token.arg);
      for (const choice of token.cases) argumentsOf(choice.tokens, found);
    }
  }
  return found;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((item) => b.has(item));

function readTexts(file: string): Texts {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: expected an object of texts`);
  for (const [key, value] of Object.entries(parsed)) if (typeof value !== 'string') throw new Error(`${file}: "${key}" is not a text`);
  return parsed as Texts;
}

/** Every problem with the texts under `directory`, as lines naming file and key. */
export function checkLocaleTexts(directory = LOCALES_DIR): string[] {
  const problems: string[] = [];
  const languages = readdirSync(directory).filter((name) => /^[a-z]{2}$/.test(name));
  const parts = readdirSync(resolve(directory, SOURCE_LANGUAGE)).filter((name) => name.endsWith('.json'));
  for (const part of parts) {
    const source = readTexts(resolve(directory, SOURCE_LANGUAGE, part));
    const sourceArguments = new Map<string, Set<string>>();
    for (const [key, message] of Object.entries(source)) {
      try {
        const tokens = parse(message);
        sourceArguments.set(key, argumentsOf(tokens));
        if (part === SIMPLE_PART && !isSimple(tokens)) problems.push(`src/locales/${SOURCE_LANGUAGE}/${part}: "${key}": only text and {placeholders} here (the first screen has no ICU runtime); move it to another file`);
      } catch (error) {
        problems.push(`src/locales/${SOURCE_LANGUAGE}/${part}: "${key}": the message does not parse (${(error as Error).message})`);
      }
    }
    for (const language of languages.filter((name) => name !== SOURCE_LANGUAGE)) {
      const where = `src/locales/${language}/${part}`;
      let texts: Texts;
      try {
        texts = readTexts(resolve(directory, language, part));
      } catch {
        problems.push(`${where}: missing or not a JSON object of texts`);
        continue;
      }
      for (const key of Object.keys(source)) if (!(key in texts)) problems.push(`${where}: "${key}": missing ${language} text`);
      for (const [key, message] of Object.entries(texts)) {
        const expected = sourceArguments.get(key);
        if (!(key in source)) {
          problems.push(`${where}: "${key}": not an English key (remove it, or add it to src/locales/en/${part})`);
          continue;
        }
        try {
          const tokens = parse(message);
          if (part === SIMPLE_PART && !isSimple(tokens)) problems.push(`${where}: "${key}": only text and {placeholders} here (the first screen has no ICU runtime); move it to another file`);
          const found = argumentsOf(tokens);
          if (expected && !sameSet(found, expected)) problems.push(`${where}: "${key}": placeholders {${[...found].join('}, {')}} differ from English's {${[...expected].join('}, {')}}`);
        } catch (error) {
          problems.push(`${where}: "${key}": the message does not parse (${(error as Error).message})`);
        }
      }
    }
  }
  return problems;
}

/** `check: false` for the unit tests: there tests/shared/i18n/messages-plugin.test.ts reports the problems, one test failing instead of every one. */
export function messagesPlugin({ check: checkTexts = true }: { readonly check?: boolean } = {}): Plugin {
  const check = () => {
    if (!checkTexts) return;
    const problems = checkLocaleTexts();
    if (problems.length > 0) throw new Error(`The app's texts have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  };
  return {
    name: 'upright-messages',
    enforce: 'pre',
    buildStart: check,
    handleHotUpdate({ file }) {
      if (localeFile.test(file)) check();
    },
    transform(code, id) {
      if (!localeFile.test(id.split('?')[0]!)) return null;
      const texts = JSON.parse(code) as Texts;
      // Still JSON, so Vite's JSON plugin turns it into a module as before.
      return { code: JSON.stringify(Object.fromEntries(Object.entries(texts).map(([key, message]) => [key, compileMessage(message)]))), map: null };
    },
  };
}
