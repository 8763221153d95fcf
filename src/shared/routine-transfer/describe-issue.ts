/**
 * Turns a valibot issue from an untrusted document into a sentence that says what is wrong and
 * where, in the user's words: "routine 1, item 3, seconds: must be at most 1 hour". Values from
 * the document are never echoed except short, quoted keys, so a hostile file cannot put a wall
 * of text (or markup, which is rendered as text anyway) into the message.
 */
import type * as v from 'valibot';

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

const fieldNames: Record<string, string> = {
  restAfterSeconds: 'rest after',
  restBetweenSetsSeconds: 'rest between sets',
  holdSeconds: 'hold seconds',
  exerciseId: 'exercise',
};

/** ["routines", 0, "items", 2, "overrides", "seconds"] → "routine 1, item 3, seconds". */
export function describePath(keys: readonly PathKey[]): string {
  const parts: string[] = [];
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index];
    const next = keys[index + 1];
    if (key === undefined) continue;
    if ((key === 'routines' || key === 'items' || key === 'notes') && typeof next === 'number') {
      const noun = key === 'routines' ? 'routine' : key === 'items' ? 'item' : 'note';
      parts.push(`${noun} ${next + 1}`);
      index += 1;
    } else if (key === 'overrides') {
      continue;
    } else if (typeof key === 'number') {
      parts.push(`entry ${key + 1}`);
    } else {
      parts.push(Object.hasOwn(fieldNames, key) ? (fieldNames[key] as string) : key);
    }
  }
  return parts.join(', ');
}

/** valibot's built-in messages ("Invalid type: Expected …") in plain words. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  switch (issue.type) {
    case 'object':
    case 'strict_object':
      return 'must be an object { … }';
    case 'array':
      return 'must be a list [ … ]';
    case 'string':
      return 'must be text';
    case 'number':
      return 'must be a number';
    case 'boolean':
      return 'must be true or false';
    case 'literal':
      return `must be ${issue.expected ?? 'a fixed value'}`;
    default:
      return 'is not valid here';
  }
}

/** One sentence for one issue; `prefix` keys are prepended to the issue's own path. */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix: readonly PathKey[] = []): string {
  const ownKeys = (issue.path ?? []).map((item) => item.key as PathKey);
  const keys = [...prefix, ...ownKeys];
  const isStrictKeyIssue = issue.type === 'strict_object' && issue.expected === 'never';
  if (isStrictKeyIssue) {
    const unknownKey = keys.pop();
    const where = describePath(keys);
    return `${where ? `${where}: ` : ''}unknown field ${quoteUntrusted(String(unknownKey))}`;
  }
  const isMissing = issue.type === 'strict_object' && issue.input === undefined && ownKeys.length > 0;
  const where = describePath(keys);
  const message = isMissing ? 'is missing' : plainMessage(issue);
  return where ? `${where}: ${message}` : message;
}
