import type { PathKey } from './issue-path';

/** A rule's finding inside one item: where (field path inside the item) and what is wrong. */
export interface Problem {
  readonly path: readonly PathKey[];
  readonly message: string;
  /** The problem is in the words (a language's text file), not in the structure. */
  readonly inTexts?: boolean;
}

export const problem = (path: readonly PathKey[], message: string): Problem => ({ path, message });

/** A problem with the words, e.g. two phases with one name: reported in the language's text file. */
export const textProblem = (path: readonly PathKey[], message: string): Problem => ({ path, message, inTexts: true });
