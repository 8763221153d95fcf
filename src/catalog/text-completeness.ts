/**
 * Checks one language's text files: each value is text (locale-schema.ts), every text the
 * structure needs is there, nothing is there that no item uses, and (for any language but
 * English) the keys and `{placeholders}` are exactly English's. The check localizes the catalog
 * with a checking reader, so a text counts as needed exactly when the app would read it.
 */
import * as v from 'valibot';
import { catalogFiles, itemKindByFile, localeFile, type CatalogError, type CatalogFileKey, type ItemKind } from './catalog-error';
import { languageNames, referenceLanguage, type CatalogLanguage } from './catalog-languages';
import { describeIssue, formatPath, issuePathKeys, type PathKey } from './issue-path';
import { exerciseTextsFileSchema, routineTextsFileSchema, sportTextsFileSchema, type CatalogTexts } from './locale-schema';
import { localizeWith } from './localize-catalog';
import type { Catalog } from './catalog-types';
import type { CatalogStructure } from './structure-schema';
import { textReader } from './text-reader';
import { pathKey, placeholders, textLeaves, unreadNodes } from './text-tree';

export interface RawTexts {
  readonly exercises: unknown;
  readonly routines: unknown;
  readonly sports: unknown;
}

export interface LanguageCheck {
  readonly errors: readonly CatalogError[];
  /** The catalog in this language when every needed text is there (extra texts do not stop it). */
  readonly catalog: Catalog | null;
  /** The parsed texts, for comparing other languages with them; null when a file failed its schema. */
  readonly texts: CatalogTexts | null;
}

const fileKeys = ['exercises', 'routines', 'sports'] as const satisfies readonly CatalogFileKey[];
const textFileSchemas = { exercises: exerciseTextsFileSchema, routines: routineTextsFileSchema, sports: sportTextsFileSchema };
const sharedListKinds: Readonly<Record<string, ItemKind>> = { cautions: 'caution', muscles: 'muscle', equipment: 'equipment' };

/** The error at `path` of a text file, named by its item: `exercise "x", cues[2]` or `caution "y"`. */
function textError(language: string, fileKey: CatalogFileKey, path: readonly PathKey[], message: string): CatalogError {
  const [first, id, ...rest] = path;
  const itemKind = first === fileKey ? itemKindByFile[fileKey] : typeof first === 'string' ? sharedListKinds[first] : undefined;
  const located = itemKind !== undefined && typeof id === 'string';
  return {
    file: localeFile(language, fileKey),
    itemKind: located ? itemKind : null,
    itemId: located ? id : null,
    itemIndex: null,
    field: formatPath(located ? rest : path),
    message,
    inTexts: true,
  };
}

export function checkLanguageTexts(structure: CatalogStructure, language: CatalogLanguage, raw: RawTexts, reference: CatalogTexts | null): LanguageCheck {
  const parsed = fileKeys.map((fileKey) => ({ fileKey, result: v.safeParse(textFileSchemas[fileKey], raw[fileKey]) }));
  const schemaErrors = parsed.flatMap(({ fileKey, result }) =>
    result.success ? [] : result.issues.map((issue) => textError(language, fileKey, issuePathKeys(issue), schemaMessage(describeIssue(issue), language))),
  );
  if (schemaErrors.length > 0) return { errors: schemaErrors, catalog: null, texts: null };
  const texts = raw as CatalogTexts;
  const name = languageNames[language];

  const missing: CatalogError[] = [];
  const read = { paths: new Set<string>(), prefixes: new Set<string>(), quoteMeanings: [] as { fileKey: CatalogFileKey; path: readonly PathKey[] }[] };
  const reader = textReader(texts, {
    missing: (fileKey, path) => missing.push(textError(language, fileKey, path, `missing ${name} text`)),
    read: (fileKey, path) => {
      read.paths.add(pathKey([fileKey, ...path]));
      for (let length = 1; length <= path.length; length += 1) read.prefixes.add(pathKey([fileKey, ...path.slice(0, length)]));
      if (path.at(-1) === 'quoteMeaning') read.quoteMeanings.push({ fileKey, path });
    },
  });
  const catalog = localizeWith(structure, reader);

  const errors = [...missing, ...quoteMeaningErrors(language, texts, read.quoteMeanings), ...extraErrors(language, texts, read.paths, read.prefixes)];
  const wasRead = (fileKey: CatalogFileKey, path: readonly PathKey[]) => path.some((_key, index) => read.paths.has(pathKey([fileKey, ...path.slice(0, index + 1)])));
  const parity = reference === null || language === referenceLanguage ? [] : parityErrors(language, texts, reference, wasRead);
  const newParity = parity.filter((error) => !errors.some((found) => isInside(error, found)));
  return { errors: [...errors, ...newParity], catalog: missing.length === 0 ? catalog : null, texts };
}

/** The same place, or inside a node already reported as a whole (an unknown exercise): said once. */
function isInside(error: CatalogError, found: CatalogError): boolean {
  if (error.file !== found.file || error.itemKind !== found.itemKind || error.itemId !== found.itemId) return false;
  return found.field === '' || error.field === found.field || error.field.startsWith(`${found.field}.`) || error.field.startsWith(`${found.field}[`);
}

/** The source text's quotes are English: every other language explains each one beside it. */
function quoteMeaningErrors(language: CatalogLanguage, texts: CatalogTexts, quoteMeanings: readonly { fileKey: CatalogFileKey; path: readonly PathKey[] }[]): CatalogError[] {
  const present = new Set(fileKeys.flatMap((fileKey) => textLeaves(texts[fileKey]).map((leaf) => pathKey([fileKey, ...leaf.path]))));
  return quoteMeanings.flatMap(({ fileKey, path }) => {
    const has = present.has(pathKey([fileKey, ...path]));
    if (language === referenceLanguage) return has ? [textError(language, fileKey, path, `is not needed: the article's quotes are already ${languageNames[language]}`)] : [];
    return has ? [] : [textError(language, fileKey, path, `missing ${languageNames[language]} explanation of the article's (English) quote`)];
  });
}

function extraErrors(language: CatalogLanguage, texts: CatalogTexts, paths: ReadonlySet<string>, prefixes: ReadonlySet<string>): CatalogError[] {
  return fileKeys.flatMap((fileKey) =>
    unreadNodes(texts[fileKey], prefixedSet(paths, fileKey), prefixedSet(prefixes, fileKey)).map((path) =>
      textError(language, fileKey, path, `is not used: ${catalogFiles[fileKey]} has no such item or field`),
    ),
  );
}

/** The read paths of one file, without the file key in front. */
function prefixedSet(keys: ReadonlySet<string>, fileKey: CatalogFileKey): Set<string> {
  const start = `${fileKey}\u0000`;
  return new Set([...keys].filter((key) => key.startsWith(start)).map((key) => key.slice(start.length)));
}

/** A required field left out is a missing text, said the way the other checks say it. */
const schemaMessage = (message: string, language: CatalogLanguage): string => (message === 'is missing' ? `missing ${languageNames[language]} text` : message);

/**
 * Same keys as English, and the same `{placeholders}` in each text. Quote explanations are left
 * out (English has none), and so are English texts no item reads (reported in the English file).
 */
function parityErrors(
  language: CatalogLanguage,
  texts: CatalogTexts,
  reference: CatalogTexts,
  wasRead: (fileKey: CatalogFileKey, path: readonly PathKey[]) => boolean,
): CatalogError[] {
  const name = languageNames[language];
  const referenceName = languageNames[referenceLanguage];
  return fileKeys.flatMap((fileKey) => {
    const leaves = (data: unknown) => new Map(textLeaves(data).filter((leaf) => leaf.path.at(-1) !== 'quoteMeaning').map((leaf) => [pathKey(leaf.path), leaf]));
    const own = leaves(texts[fileKey]);
    const theirs = leaves(reference[fileKey]);
    const missing = [...theirs].filter(([key, leaf]) => !own.has(key) && wasRead(fileKey, leaf.path)).map(([, leaf]) => textError(language, fileKey, leaf.path, `missing ${name} text`));
    const extra = [...own].filter(([key]) => !theirs.has(key)).map(([, leaf]) => textError(language, fileKey, leaf.path, `is not in the ${referenceName} texts`));
    const mismatched = [...own].flatMap(([key, leaf]) => {
      const expected = theirs.get(key);
      if (expected === undefined) return [];
      const [mine, wanted] = [placeholders(leaf.text), placeholders(expected.text)];
      if (mine.join() === wanted.join()) return [];
      const list = (names: readonly string[]) => (names.length === 0 ? 'none' : names.map((placeholder) => `{${placeholder}}`).join(', '));
      return [textError(language, fileKey, leaf.path, `has placeholders ${list(mine)} but the ${referenceName} text has ${list(wanted)}`)];
    });
    return [...missing, ...extra, ...mismatched];
  });
}
