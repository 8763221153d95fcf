import { Link, useParams } from 'react-router';
import { catalog } from '../../catalog/catalog';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { useCustomRoutine, useCustomRoutinesReady } from '../../stores/custom-routines-store';
import { RoutineDetail } from './routine-detail';
import './routine-detail.css';

/** /routines/:routineId: a built-in routine, or one of the user's own. */
export default function RoutineDetailPage() {
  const { routineId } = useParams();
  const customRoutine = useCustomRoutine(routineId);
  const builtInRoutine = routineId === undefined ? undefined : catalog.routinesById.get(routineId);
  const routine = builtInRoutine ?? customRoutine;
  const customRoutinesReady = useCustomRoutinesReady();
  usePageTitle(routine?.name ?? (customRoutinesReady ? 'Routine not found' : 'Routine'));

  if (!routine && !customRoutinesReady) {
    return (
      <section className="page narrow">
        <p role="status">Loading your routines…</p>
      </section>
    );
  }

  if (!routine) {
    return (
      <section className="page narrow">
        <h1>Routine not found</h1>
        <p>
          There is no routine {routineId ? <>called “{routineId}”</> : 'at this address'} on this device. It may have been deleted, or
          the link may be mistyped.
        </p>
        <p>
          <Link className="button primary" to={paths.home()}>
            Back to the workouts
          </Link>
        </p>
      </section>
    );
  }
  return <RoutineDetail routine={routine} isCustom={builtInRoutine === undefined} />;
}
