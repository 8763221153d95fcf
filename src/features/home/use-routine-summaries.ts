import { useMemo } from 'react';
import { catalog } from '../../catalog/catalog';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import type { RoutineSummary } from '../../shared/ui/routine-card';
import { useCompileOptions } from '../../stores/settings-store';
import { summarizeRoutine } from './routine-summary';

/**
 * Cards for the given routines, with durations from the engine under the user's settings (get
 * ready, rest, pace), so the minutes on a card are the minutes the player will take.
 */
export function useRoutineSummaries(routines: readonly Routine[]): RoutineSummary[] {
  const options = useCompileOptions();
  return useMemo(
    () =>
      routines.map((routine) => {
        const compiled = compile(routine, { exercisesById: catalog.exercisesById }, options);
        return summarizeRoutine(routine, catalog.exercisesById, compiled.ok ? compiled.plan.totalDurationMs : null);
      }),
    [routines, options],
  );
}
