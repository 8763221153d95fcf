import { Link, useParams } from 'react-router';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { useCustomRoutine, useCustomRoutinesReady } from '../../stores/custom-routines-store';
import { RoutineDetail } from './routine-detail';
import './routine-detail.css';

/** /routines/:routineId: a built-in routine, or one of the user's own. */
export default function RoutineDetailPage() {
  const t = useT();
  const catalog = useCatalog();
  const { routineId } = useParams();
  const customRoutine = useCustomRoutine(routineId);
  const builtInRoutine = routineId === undefined ? undefined : catalog.routinesById.get(routineId);
  const routine = builtInRoutine ?? customRoutine;
  const customRoutinesReady = useCustomRoutinesReady();
  usePageTitle(routine?.name ?? (customRoutinesReady ? t('browse.routine.notFoundTitle') : t('browse.routine.loadingTitle')));

  if (!routine && !customRoutinesReady) {
    return (
      <section className="page narrow">
        <p role="status">{t('browse.routine.loading')}</p>
      </section>
    );
  }

  if (!routine) {
    return (
      <section className="page narrow">
        <h1>{t('browse.routine.notFoundTitle')}</h1>
        <p>{routineId ? t('browse.routine.notFoundNamed', { id: routineId }) : t('browse.routine.notFoundAtAddress')}</p>
        <p>
          <Link className="button primary" to={paths.home()}>
            {t('browse.routine.backHome')}
          </Link>
        </p>
      </section>
    );
  }
  return <RoutineDetail routine={routine} isCustom={builtInRoutine === undefined} />;
}
