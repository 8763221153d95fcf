/**
 * What to do with imported routines whose id is already taken. A custom routine with the same id
 * may be replaced or kept beside the import; a built-in id can only be kept beside (the import
 * gets a new id), because built-in routines are not the user's to overwrite.
 */
import type { Routine } from '../../catalog/schema';
import { uniqueRoutineId } from '../../stores/custom-routines-store';

export type Collision = 'none' | 'custom' | 'built-in';

/** Ids the app's URLs use for other things: /play/shared plays an unsaved shared routine. */
export const RESERVED_ROUTINE_IDS: ReadonlySet<string> = new Set(['shared']);
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
 * The routines to save. "keep-both" (and every built-in collision) gets a fresh id that no
 * existing, built-in or other imported routine uses; `choices` is keyed by the incoming id.
 */
export function resolveImport(
  entries: readonly ImportEntry[],
  choices: ReadonlyMap<string, CollisionChoice>,
  takenIds: ReadonlySet<string>,
): readonly Routine[] {
  const taken = new Set([...takenIds, ...RESERVED_ROUTINE_IDS, ...entries.map((entry) => entry.routine.id)]);
  return entries.map(({ routine, collision }) => {
    const keepBoth = collision === 'built-in' || (collision === 'custom' && choices.get(routine.id) !== 'replace');
    if (!keepBoth) return routine;
    const id = uniqueRoutineId(routine.name, taken);
    taken.add(id);
    return { ...routine, id };
  });
}
