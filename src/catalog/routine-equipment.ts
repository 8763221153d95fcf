import type { Equipment, Exercise, Routine } from './schema';

/**
 * A routine's equipment, derived from its exercises (never written by hand): each piece once, in
 * the order first needed, optional only when every exercise that uses it says it is optional.
 * Exercise ids the map does not know are skipped (validation reports them).
 */
export function routineEquipment(routine: Pick<Routine, 'items'>, exercisesById: ReadonlyMap<string, Exercise>): Equipment[] {
  const byId = new Map<string, Equipment>();
  for (const item of routine.items) {
    for (const piece of exercisesById.get(item.exerciseId)?.equipment ?? []) {
      const known = byId.get(piece.id);
      byId.set(piece.id, known === undefined ? piece : { ...known, optional: known.optional && piece.optional });
    }
  }
  return [...byId.values()];
}
