/**
 * Turns valibot issues into plain words for people: the field path as written in JSON
 * (`items[2].exerciseId`) and what is wrong with it. Used by the catalog validation and by any
 * feature that validates user input against the catalog schemas (imports, shared links).
 *
 * Only type imports from valibot: this module adds nothing to a bundle beyond itself.
 */
import type { BaseIssue } from 'valibot';

export type PathKey = string | number;

/** `['items', 2, 'exerciseId']` → `items[2].exerciseId`; `[]` → `''`. */
export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

/** The issue's path as keys (array indexes are numbers), with the first `skip` keys dropped. */
export function issuePathKeys(issue: BaseIssue<unknown>, skip = 0): PathKey[] {
  const keys = (issue.path ?? []).map((item): PathKey => {
    const key: unknown = item.key;
    return typeof key === 'number' || typeof key === 'string' ? key : String(key);
  });
  return keys.slice(skip);
}

/** The issue's field path for a message, e.g. `items[2].exerciseId`, with the first `skip` keys dropped. */
export function formatIssuePath(issue: BaseIssue<unknown>, skip = 0): string {
  return formatPath(issuePathKeys(issue, skip));
}

/**
 * What is wrong, in plain words. Our schemas carry their own messages ("must be a number");
 * valibot's generic object-key messages are rewritten ("is missing", "is not a known field"),
 * and the offending value is added where it helps ("must be at least 0.5 (got -1)").
 */
export function describeIssue(issue: BaseIssue<unknown>): string {
  const isObjectKeyIssue = issue.type === 'strict_object' || issue.type === 'object';
  if (isObjectKeyIssue && issue.received === 'undefined' && issue.expected !== 'Object') return 'is missing';
  if (isObjectKeyIssue && issue.expected === 'never') return 'is not a known field (check the spelling)';
  if (issue.received === 'undefined') return `is missing (${issue.message})`;
  return `${issue.message} (got ${shorten(issue.received)})`;
}

/** `items[2].exerciseId: must be kebab-case (got "Plank X")`; without a path, just the description. */
export function formatIssue(issue: BaseIssue<unknown>, skip = 0): string {
  const path = formatIssuePath(issue, skip);
  return path === '' ? describeIssue(issue) : `${path}: ${describeIssue(issue)}`;
}

const MAX_RECEIVED_CHARS = 60;

function shorten(received: string): string {
  return received.length > MAX_RECEIVED_CHARS ? `${received.slice(0, MAX_RECEIVED_CHARS - 1)}…` : received;
}
