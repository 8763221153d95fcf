/**
 * What to do with imported routines whose id is already taken. A custom routine with the same id
 * may be replaced or kept beside the import; a built-in id can only be kept beside (the import
 * gets a new id), because built-in routines are not the user's to overwrite.
 */
import type { Routine } from '../../catalog/schema';
import { RESERVED_ROUTINE_IDS } from '../paths';

export type Collision = 'none' | 'custom' | 'built-in';

export type CollisionChoice = 'replace' | 'keep-both';

export interface ImportEntry {
  readonly routine: Routine;
  readonly collision: Collision;
}

export function findCollisions(
  incoming: readonly Routine[],
  customIds: ReadonlySet<string>,
  builtInIds: ReadonlySet<string>,
): readonly ImportEntry[] {
  return incoming.map((routine) => ({
    routine,
    collision: builtInIds.has(routine.id) || RESERVED_ROUTINE_IDS.has(routine.id) ? 'built-in' : customIds.has(routine.id) ? 'custom' : 'none',
  }));
}

/**
 * What to save: each routine with whether it keeps its id. "keep-both" (and every built-in
 * collision) is saved beside the existing one; the custom-routines store gives it a fresh id in
 * the same transaction that saves it. `choices` is keyed by the incoming id.
 */
export function resolveImport(
  entries: readonly ImportEntry[],
  choices: ReadonlyMap<string, CollisionChoice>,
): readonly { readonly routine: Routine; readonly keepBoth: boolean }[] {
  return entries.map(({ routine, collision }) => ({
    routine,
    keepBoth: collision === 'built-in' || (collision === 'custom' && choices.get(routine.id) !== 'replace'),
  }));
}
