import { Link } from 'react-router';
import { paths } from '../../shared/paths';
import { RoutineCard, type RoutineSummary } from '../../shared/ui/routine-card';

/** The user's own routines, or, while there are none, a pointer to the builder. */
export function CustomRoutinesSection({ summaries }: { readonly summaries: readonly RoutineSummary[] }) {
  if (summaries.length === 0) {
    return (
      <section className="home-section" aria-labelledby="custom-routines-title">
        <h2 id="custom-routines-title">Your routines</h2>
        <p>
          Make a routine of your own: pick exercises, set the seconds and the rests. <Link to={paths.newRoutine()}>Build a routine</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="home-section" aria-labelledby="custom-routines-title">
      <h2 id="custom-routines-title">Your routines</h2>
      <ul className="card-grid">
        {summaries.map((summary) => (
          <li key={summary.id}>
            <RoutineCard summary={summary} detailHref={paths.routine(summary.id)} startHref={paths.player(summary.id)} />
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.myRoutines()}>Edit, share or export your routines</Link>
      </p>
    </section>
  );
}
