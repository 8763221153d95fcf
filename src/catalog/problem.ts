import type { PathKey } from './issue-path';

/** A rule's finding inside one item: where (field path inside the item) and what is wrong. */
export interface Problem {
  readonly path: readonly PathKey[];
  readonly message: string;
}

export const problem = (path: readonly PathKey[], message: string): Problem => ({ path, message });
