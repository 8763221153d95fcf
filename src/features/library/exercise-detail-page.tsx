import { Link, useParams } from 'react-router';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { ExerciseDetail } from './exercise-detail';
import './exercise-detail.css';

/** /exercises/:exerciseId */
export default function ExerciseDetailPage() {
  const t = useT();
  const catalog = useCatalog();
  const { exerciseId } = useParams();
  const exercise = exerciseId === undefined ? undefined : catalog.exercisesById.get(exerciseId);
  usePageTitle(exercise?.name ?? t('browse.exercise.notFoundTitle'));

  if (!exercise) {
    return (
      <section className="page narrow">
        <h1>{t('browse.exercise.notFoundTitle')}</h1>
        <p>{exerciseId ? t('browse.exercise.notFoundNamed', { id: exerciseId }) : t('browse.exercise.notFoundAtAddress')}</p>
        <p>
          <Link className="button primary" to={paths.exercises()}>
            {t('browse.exercise.backToLibrary')}
          </Link>
        </p>
      </section>
    );
  }
  return <ExerciseDetail exercise={exercise} />;
}
