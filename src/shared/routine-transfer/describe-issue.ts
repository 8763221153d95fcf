/**
 * Turns a valibot issue from an untrusted document into a sentence that says what is wrong and
 * where, in the user's words and language: "routine 1, item 3, seconds: must be at most 1 hour". Values from
 * the document are never echoed except short, quoted keys, so a hostile file cannot put a wall
 * of text (or markup, which is rendered as text anyway) into the message.
 */
import type * as v from 'valibot';
import { translate, type MessageKey } from '../i18n/i18n';
import { problemOf } from './issue-problem';

type PathKey = string | number;

const MAX_QUOTED_CHARS = 40;

/**
 * A short, printable, quoted rendering of an untrusted key or id. Controls and format characters
 * (Cc, Cf: NUL, zero-width, bidi overrides that would reverse the rest of the message) and lone
 * surrogates show as "?", so the quote shows that something odd is there without acting on it.
 */
export function quoteUntrusted(text: string): string {
  const printable = text.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '?');
  const short = printable.length > MAX_QUOTED_CHARS ? `${printable.slice(0, MAX_QUOTED_CHARS)}…` : printable;
  return `'${short}'`;
}

/** The document's field names in the user's words ("rest after"); any other key shows as it is. */
const fieldNames: Readonly<Record<string, MessageKey>> = {
  restAfterSeconds: 'manage.path.restAfter',
  restBetweenSetsSeconds: 'manage.path.restBetweenSets',
  holdSeconds: 'manage.path.holdSeconds',
  exerciseId: 'manage.path.exercise',
  seconds: 'manage.path.seconds',
  sets: 'manage.path.sets',
  reps: 'manage.path.reps',
  sides: 'manage.path.sides',
  name: 'manage.path.name',
  purpose: 'manage.path.purpose',
  region: 'manage.path.region',
  level: 'manage.path.level',
  items: 'manage.path.items',
  notes: 'manage.path.notes',
  routines: 'manage.path.routines',
};

const numbered: Readonly<Record<string, MessageKey>> = { routines: 'manage.path.routineNumber', items: 'manage.path.itemNumber', notes: 'manage.path.noteNumber' };

/** ["routines", 0, "items", 2, "overrides", "seconds"] → "routine 1, item 3, seconds". */
export function describePath(keys: readonly PathKey[]): string {
  const parts: string[] = [];
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index];
    const next = keys[index + 1];
    if (key === undefined) continue;
    const numberedKey = typeof key === 'string' && Object.hasOwn(numbered, key) ? numbered[key] : undefined;
    if (numberedKey && typeof next === 'number') {
      parts.push(translate(numberedKey, { number: next + 1 }));
      index += 1;
    } else if (key === 'overrides') {
      continue;
    } else if (typeof key === 'number') {
      parts.push(translate('manage.path.entryNumber', { number: key + 1 }));
    } else {
      const known = Object.hasOwn(fieldNames, key) ? fieldNames[key] : undefined;
      parts.push(known ? translate(known) : key);
    }
  }
  return parts.join(', ');
}

/** "routine 1, item 3: …": a place and what is wrong there. */
export const atPlace = (where: string, problem: string): string => (where ? translate('manage.path.at', { where, problem }) : problem);

/** One sentence for one issue; `prefix` keys are prepended to the issue's own path. */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix: readonly PathKey[] = []): string {
  const ownKeys = (issue.path ?? []).map((item) => item.key as PathKey);
  const keys = [...prefix, ...ownKeys];
  const isStrictKeyIssue = issue.type === 'strict_object' && issue.expected === 'never';
  if (isStrictKeyIssue) {
    const unknownKey = keys.pop();
    return atPlace(describePath(keys), translate('manage.problem.unknownField', { field: quoteUntrusted(String(unknownKey)) }));
  }
  const isMissing = issue.type === 'strict_object' && issue.input === undefined && ownKeys.length > 0;
  return atPlace(describePath(keys), isMissing ? translate('manage.problem.missing') : problemOf(issue));
}
