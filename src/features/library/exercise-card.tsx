import { Link } from 'react-router';
import type { Exercise } from '../../catalog/schema';
import { ExerciseFigure } from '../../shared/figure/exercise-figure';
import { formatList } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { ArticleName } from '../../shared/ui/article-quote';
import { exerciseRegionLabel, levelLabel } from '../../shared/ui/catalog-labels';

/** One exercise at a glance: where it works, how hard, and the article's own name for it. */
export function ExerciseCard({ exercise }: { readonly exercise: Exercise }) {
  const t = useT();
  const language = useLanguage();
  const titleId = `exercise-card-${exercise.id}`;
  const required = exercise.equipment.filter((item) => !item.optional);
  return (
    <article className="exercise-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="exercise-card-title">
        <Link to={paths.exercise(exercise.id)}>{exercise.name}</Link>
      </h2>
      <ExerciseFigure exerciseId={exercise.id} className="exercise-card-figure" />
      <p className="exercise-card-meta">
        {exerciseRegionLabel(t, exercise.region)} · {levelLabel(t, exercise.level)}
        {required.length > 0 && <> · {t('browse.exercise.needs', { items: formatList(required.map((item) => item.name), language) })}</>}
      </p>
      <ArticleName className="exercise-card-article" name={exercise.name} articleName={exercise.articleName} />
      <p>{exercise.summary}</p>
      <p className="exercise-card-muscles">
        <span className="exercise-card-label">{t('browse.exercise.musclesLabel')}</span> {formatList(exercise.muscles.map((muscle) => muscle.name), language)}
      </p>
    </article>
  );
}
