/** Walks a language's text file as a tree of paths, for the completeness and parity checks. */
import type { PathKey } from './issue-path';

export interface TextLeaf {
  readonly path: readonly PathKey[];
  readonly text: string;
}

/** Every text in `data` with its path (array indexes as numbers); the file's `version` is not a text. */
export function textLeaves(data: unknown, path: readonly PathKey[] = []): TextLeaf[] {
  if (typeof data === 'string') return [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((item: unknown, index) => textLeaves(item, [...path, index]));
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) => (path.length === 0 && key === 'version' ? [] : textLeaves(value, [...path, key])));
}

export const pathKey = (path: readonly PathKey[]): string => path.join('\u0000');

/**
 * The highest nodes of `data` that nothing read: a whole unknown exercise is one finding, not
 * one per text. `read` holds the paths read; a read list covers its items.
 */
export function unreadNodes(data: unknown, read: ReadonlySet<string>, readPrefixes: ReadonlySet<string>, path: readonly PathKey[] = []): PathKey[][] {
  const key = pathKey(path);
  if (path.length > 0 && read.has(key)) return [];
  if (path.length > 0 && !readPrefixes.has(key)) return [[...path]];
  if (typeof data !== 'object' || data === null) return [];
  const entries: [PathKey, unknown][] = Array.isArray(data) ? data.map((item: unknown, index) => [index, item]) : Object.entries(data);
  return entries.flatMap(([child, value]) => (path.length === 0 && child === 'version' ? [] : unreadNodes(value, read, readPrefixes, [...path, child])));
}

/** `{count}` and `{count, plural, ...}` both name the placeholder `count`. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z_]\w*)/g)].map((match) => match[1] ?? ''))].sort();
}
