import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { SharedRoutineView } from './shared-routine-view';
import { useSharedRoutine } from './use-shared-routine';
import './shared-routine.css';

/** /shared#r=…: a routine someone sent. The link is untrusted; a bad one gets a message and a way on. */
export default function SharedRoutinePage() {
  const state = useSharedRoutine();
  const t = useT();
  usePageTitle(state.status === 'ok' ? t('manage.shared.titleNamed', { name: state.routine.name }) : t('manage.shared.heading'));
  return (
    <section className="page narrow">
      <h1>{t('manage.shared.heading')}</h1>
      {state.status === 'reading' && <p role="status">{t('manage.shared.opening')}</p>}
      {state.status === 'failed' && (
        <div className="notice warning" role="alert">
          <p>{state.message}</p>
          <div className="notice-actions">
            <Link className="button" to={paths.home()}>
              {t('manage.shared.backToWorkouts')}
            </Link>
            <Link className="button" to={paths.myRoutines()}>
              {t('manage.myRoutines.title')}
            </Link>
          </div>
        </div>
      )}
      {state.status === 'ok' && <SharedRoutineView routine={state.routine} />}
    </section>
  );
}
