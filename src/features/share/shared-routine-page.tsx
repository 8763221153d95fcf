import { Link } from 'react-router';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { SharedRoutineView } from './shared-routine-view';
import { useSharedRoutine } from './use-shared-routine';
import './shared-routine.css';

/** /shared#r=…: a routine someone sent. The link is untrusted; a bad one gets a message and a way on. */
export default function SharedRoutinePage() {
  const state = useSharedRoutine();
  usePageTitle(state.status === 'ok' ? `Shared: ${state.routine.name}` : 'Shared routine');
  return (
    <section className="page narrow">
      <h1>Shared routine</h1>
      {state.status === 'reading' && <p role="status">Opening the routine…</p>}
      {state.status === 'failed' && (
        <div className="notice warning" role="alert">
          <p>{state.message}</p>
          <div className="notice-actions">
            <Link className="button" to={paths.home()}>
              Back to the workouts
            </Link>
            <Link className="button" to={paths.myRoutines()}>
              My routines
            </Link>
          </div>
        </div>
      )}
      {state.status === 'ok' && <SharedRoutineView routine={state.routine} />}
    </section>
  );
}
