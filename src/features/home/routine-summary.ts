import type { Exercise, Routine } from '../../catalog/schema';
import { routineEquipment } from '../../catalog/routine-equipment';
import type { RoutineSummary } from '../../shared/ui/routine-card';

/**
 * What a routine card shows, in the language of `exercisesById` (the active catalog). `durationMs`
 * comes from the engine's plan (null when it did not compile); `unknownExercise` names an exercise
 * a saved routine refers to but the catalog no longer has.
 */
export function summarizeRoutine(
  routine: Routine,
  exercisesById: ReadonlyMap<string, Exercise>,
  durationMs: number | null,
  unknownExercise: (exerciseId: string) => string,
): RoutineSummary {
  const exercises = routine.items.map((item) => exercisesById.get(item.exerciseId));
  return {
    id: routine.id,
    name: routine.name,
    purpose: routine.purpose,
    region: routine.region,
    level: routine.level,
    durationMs,
    equipment: routineEquipment(routine, exercisesById).map(({ id, name, optional }) => ({ id, name, optional })),
    exerciseNames: routine.items.map((item, index) => exercises[index]?.name ?? unknownExercise(item.exerciseId)),
  };
}
