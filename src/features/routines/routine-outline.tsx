import { Link } from 'react-router';
import type { PlanExerciseOutline } from '../../engine/types';
import { paths } from '../../shared/paths';
import { formatMinutesSeconds } from '../../shared/ui/duration-text';

/** The exercises in order, each with its prescription in words and its share of the time. */
export function RoutineOutline({ outline }: { readonly outline: readonly PlanExerciseOutline[] }) {
  return (
    <section aria-labelledby="routine-outline-title">
      <h2 id="routine-outline-title">Exercises</h2>
      <ol className="routine-outline">
        {outline.map((item) => (
          <li key={item.itemIndex}>
            <Link to={paths.exercise(item.exerciseId)} className="routine-outline-name">
              {item.exerciseName}
            </Link>
            <span className="routine-outline-prescription">{item.prescriptionText}</span>
            <span className="routine-outline-time">{formatMinutesSeconds(item.durationMs)}</span>
          </li>
        ))}
      </ol>
      <p className="routine-outline-hint">
        Times include getting ready and the rest after each exercise (both set in Settings). A hold “as long as you can” counts at its first
        goal.
      </p>
    </section>
  );
}
