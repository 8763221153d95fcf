import type { Plan } from '../../engine/types';
import { formatMinutesSeconds } from '../../shared/ui/duration-text';

/** The live total from the engine, or why there is none yet. */
export function RoutineTotal({ plan, itemCount }: { readonly plan: Plan | null; readonly itemCount: number }) {
  const text = plan ? formatMinutesSeconds(plan.totalDurationMs) : itemCount === 0 ? 'add an exercise' : 'fix the problems below to see it';
  return (
    <p className="builder-total">
      Total time: <strong>{text}</strong>
    </p>
  );
}
