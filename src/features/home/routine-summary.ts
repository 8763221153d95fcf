import type { Exercise, Routine } from '../../catalog/schema';
import type { RoutineCardEquipment, RoutineSummary } from '../../shared/ui/routine-card';

/** Each piece of equipment once; optional only when every exercise that uses it says so. */
function mergedEquipment(exercises: readonly Exercise[]): RoutineCardEquipment[] {
  const byId = new Map<string, RoutineCardEquipment>();
  for (const exercise of exercises) {
    for (const item of exercise.equipment) {
      const known = byId.get(item.id);
      byId.set(item.id, { id: item.id, name: item.name, optional: item.optional && (known?.optional ?? true) });
    }
  }
  return [...byId.values()];
}

/** What a routine card shows. `durationMs` comes from the engine's plan (null when it did not compile). */
export function summarizeRoutine(routine: Routine, exercisesById: ReadonlyMap<string, Exercise>, durationMs: number | null): RoutineSummary {
  const exercises = routine.items.map((item) => exercisesById.get(item.exerciseId));
  const known = exercises.filter((exercise): exercise is Exercise => exercise !== undefined);
  return {
    id: routine.id,
    name: routine.name,
    purpose: routine.purpose,
    region: routine.region,
    level: routine.level,
    durationMs,
    equipment: mergedEquipment(known),
    exerciseNames: routine.items.map((item, index) => exercises[index]?.name ?? `Unknown exercise (${item.exerciseId})`),
  };
}
