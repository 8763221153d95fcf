/**
 * Reads one language's words out of its text files by path. The app's reader trusts the files
 * (the build checked them); the checking reader (text-completeness.ts) also reports each missing
 * text and remembers what was read, so texts that nothing reads are reported as extra.
 *
 * Plain TypeScript without valibot: this runs in the browser whenever a catalog is localized.
 */
import type { PathKey } from './issue-path';
import type { CatalogTexts } from './locale-schema';

export type TextFileKey = keyof CatalogTexts;

export interface TextReader {
  /** The text at `path`; '' when it is missing (reported by a checking reader). */
  text(file: TextFileKey, path: readonly PathKey[]): string;
  /** The text at `path`, or undefined: for texts that only some items have. */
  optional(file: TextFileKey, path: readonly PathKey[]): string | undefined;
  /** The list of texts at `path`; [] when it is missing (reported by a checking reader). */
  list(file: TextFileKey, path: readonly PathKey[]): string[];
  optionalList(file: TextFileKey, path: readonly PathKey[]): string[] | undefined;
}

export interface TextReaderHooks {
  readonly missing?: (file: TextFileKey, path: readonly PathKey[]) => void;
  readonly read?: (file: TextFileKey, path: readonly PathKey[]) => void;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

export function textReader(texts: CatalogTexts, hooks: TextReaderHooks = {}): TextReader {
  const optional = (file: TextFileKey, path: readonly PathKey[]) => {
    hooks.read?.(file, path);
    const value = valueAt(texts[file], path);
    return typeof value === 'string' ? value : undefined;
  };
  const optionalList = (file: TextFileKey, path: readonly PathKey[]) => {
    hooks.read?.(file, path);
    const value = valueAt(texts[file], path);
    return isTextList(value) ? [...value] : undefined;
  };
  return {
    optional,
    optionalList,
    text(file, path) {
      const value = optional(file, path);
      if (value === undefined) hooks.missing?.(file, path);
      return value ?? '';
    },
    list(file, path) {
      const value = optionalList(file, path);
      if (value === undefined) hooks.missing?.(file, path);
      return value ?? [];
    },
  };
}
