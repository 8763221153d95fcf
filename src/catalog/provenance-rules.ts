/**
 * Provenance: every number in the catalog says where it comes from. A number from the article
 * carries the article's words (`quote`), so a reader can find it; a default chosen here carries
 * the reason (`note`), so a reader knows it is ours and why it is safe.
 */
import type { PathKey } from './issue-path';
import { problem, textProblem, type Problem } from './problem';

export interface FoundSourcedNumber {
  readonly path: readonly PathKey[];
  readonly value: number;
  readonly source: string;
  readonly quote: string | undefined;
  readonly note: string | undefined;
}

/** Every `{ value: number, source }` object inside `data`, with its path. */
export function findSourcedNumbers(data: unknown, path: readonly PathKey[] = []): FoundSourcedNumber[] {
  if (Array.isArray(data)) return data.flatMap((item: unknown, index) => findSourcedNumbers(item, [...path, index]));
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  if (typeof record.value === 'number' && 'source' in record) {
    return [
      {
        path,
        value: record.value,
        source: String(record.source),
        quote: typeof record.quote === 'string' ? record.quote : undefined,
        note: typeof record.note === 'string' ? record.note : undefined,
      },
    ];
  }
  return Object.entries(record).flatMap(([key, value]) => findSourcedNumbers(value, [...path, key]));
}

export function provenanceProblems(item: unknown): Problem[] {
  return findSourcedNumbers(item).flatMap((found) => {
    if (found.source === 'article' && found.quote === undefined) {
      return [problem(found.path, `comes from the article but has no "quote": add the article's words for ${found.value}`)];
    }
    if (found.source === 'default' && found.note === undefined) {
      return [textProblem(found.path, `is a default but has no "note": say why ${found.value} is a safe choice`)];
    }
    return [];
  });
}
