import { Link } from 'react-router';
import type { Exercise } from '../../catalog/schema';
import { paths } from '../../shared/paths';
import { exerciseRegionLabels, levelLabels } from '../../shared/ui/catalog-labels';

/** One exercise at a glance: where it works, how hard, and the article's own name for it. */
export function ExerciseCard({ exercise }: { readonly exercise: Exercise }) {
  const titleId = `exercise-card-${exercise.id}`;
  const required = exercise.equipment.filter((item) => !item.optional);
  return (
    <article className="exercise-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="exercise-card-title">
        <Link to={paths.exercise(exercise.id)}>{exercise.name}</Link>
      </h2>
      <p className="exercise-card-meta">
        {exerciseRegionLabels[exercise.region]} · {levelLabels[exercise.level]}
        {required.length > 0 && <> · Needs: {required.map((item) => item.name.toLowerCase()).join(', ')}</>}
      </p>
      {exercise.articleName.toLowerCase() !== exercise.name.toLowerCase() && (
        <p className="exercise-card-article">
          In the article: <q>{exercise.articleName}</q>
        </p>
      )}
      <p>{exercise.summary}</p>
      <p className="exercise-card-muscles">
        <span className="exercise-card-label">Muscles:</span> {exercise.muscles.map((muscle) => muscle.name).join(', ')}
      </p>
    </article>
  );
}
