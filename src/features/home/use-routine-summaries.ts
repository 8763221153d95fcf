import { useMemo } from 'react';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import type { RoutineSummary } from '../../shared/ui/routine-card';
import { useCompileOptions } from '../../stores/settings-store';
import { summarizeRoutine } from './routine-summary';

/**
 * Cards for the given routines in the active language, with durations from the engine under the user's settings (get
 * ready, rest, pace), so the minutes on a card are the minutes the player will take.
 */
export function useRoutineSummaries(routines: readonly Routine[]): RoutineSummary[] {
  const options = useCompileOptions();
  const catalog = useCatalog();
  const t = useT();
  return useMemo(
    () =>
      routines.map((routine) => {
        const compiled = compile(routine, { exercisesById: catalog.exercisesById }, options);
        const unknownExercise = (exerciseId: string) => t('browse.card.unknownExercise', { id: exerciseId });
        return summarizeRoutine(routine, catalog.exercisesById, compiled.ok ? compiled.plan.totalDurationMs : null, unknownExercise);
      }),
    [routines, options, catalog, t],
  );
}
