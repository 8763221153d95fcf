import { useMemo } from 'react';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import type { CompileOptions } from '../../engine/types';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import type { RoutineSummary } from '../../shared/ui/routine-card';
import { usePlannedCompileOptions } from '../../stores/planned-compile-options';
import { summarizeRoutine } from './routine-summary';

type ExercisesById = ReturnType<typeof useCatalog>['exercisesById'];

/**
 * A routine's planned time under these options, compiled once: the cards re-render as texts,
 * the catalog's words and the user's routines arrive, and compiling every routine again each
 * time was the home page's longest task on a slow phone (the full back is 324 steps). The time
 * depends on the routine (a changed one is a new object) and the options, whose key names the
 * settings and the language and voice rate its words are timed in.
 */
const durationsByRoutine = new WeakMap<Routine, Map<string, number | null>>();
function plannedDurationMs(routine: Routine, exercisesById: ExercisesById, options: CompileOptions, optionsKey: string): number | null {
  let byOptions = durationsByRoutine.get(routine);
  if (!byOptions) durationsByRoutine.set(routine, (byOptions = new Map()));
  if (!byOptions.has(optionsKey)) {
    const compiled = compile(routine, { exercisesById }, options);
    byOptions.set(optionsKey, compiled.ok ? compiled.plan.totalDurationMs : null);
  }
  return byOptions.get(optionsKey) ?? null;
}

/**
 * Cards for the given routines in the active language, with durations from the engine under the
 * user's settings (get ready, rest, pace) and the time its words take to say, so the minutes on a
 * card are the minutes the player will take.
 */
export function useRoutineSummaries(routines: readonly Routine[]): RoutineSummary[] {
  const { options, key } = usePlannedCompileOptions();
  const catalog = useCatalog();
  const t = useT();
  return useMemo(
    () =>
      routines.map((routine) => {
        const unknownExercise = (exerciseId: string) => t('browse.card.unknownExercise', { id: exerciseId });
        return summarizeRoutine(routine, catalog.exercisesById, plannedDurationMs(routine, catalog.exercisesById, options, key), unknownExercise);
      }),
    [routines, options, key, catalog, t],
  );
}
