import { Link, useParams } from 'react-router';
import { catalog } from '../../catalog/catalog';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { ExerciseDetail } from './exercise-detail';
import './exercise-detail.css';

/** /exercises/:exerciseId */
export default function ExerciseDetailPage() {
  const { exerciseId } = useParams();
  const exercise = exerciseId === undefined ? undefined : catalog.exercisesById.get(exerciseId);
  usePageTitle(exercise?.name ?? 'Exercise not found');

  if (!exercise) {
    return (
      <section className="page narrow">
        <h1>Exercise not found</h1>
        <p>There is no exercise {exerciseId ? <>called “{exerciseId}”</> : 'at this address'}. The link may be mistyped or out of date.</p>
        <p>
          <Link className="button primary" to={paths.exercises()}>
            Back to the exercise library
          </Link>
        </p>
      </section>
    );
  }
  return <ExerciseDetail exercise={exercise} />;
}
