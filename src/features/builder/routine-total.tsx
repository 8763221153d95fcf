import type { Plan } from '../../engine/types';
import { formatMinutesSeconds } from '../../shared/ui/duration-text';

/** The live total from the engine, or a dash and what it takes to see one. */
export function RoutineTotal({ plan, itemCount }: { readonly plan: Plan | null; readonly itemCount: number }) {
  if (plan) {
    return (
      <p className="builder-total">
        Total time: <strong>{formatMinutesSeconds(plan.totalDurationMs)}</strong>
      </p>
    );
  }
  return (
    <p className="builder-total">
      Total time: <strong aria-hidden="true">—</strong>
      <span className="visually-hidden"> not known yet</span> {itemCount === 0 ? '(add an exercise to see it)' : '(fix the problems below to see it)'}
    </p>
  );
}
