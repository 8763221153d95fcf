import { Link } from 'react-router';
import type { Exercise } from '../../catalog/schema';
import { describePrescription } from '../../engine/describe-prescription';
import { prescriptionText } from '../../shared/i18n/engine-text';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { ArticleName, SourceQuote } from '../../shared/ui/article-quote';
import { ExerciseFigure } from '../../shared/figure/exercise-figure';
import { exerciseRegionLabel, levelLabel } from '../../shared/ui/catalog-labels';
import { EquipmentList } from '../../shared/ui/equipment-list';
import { ExerciseBest } from './exercise-best';
import { ExerciseSteps } from './exercise-steps';
import { SourcedFigureList } from './sourced-figure-list';
import { sourcedFigures } from './sourced-figures';

function TextList({ title, id, items, ordered }: { title: string; id: string; items: readonly string[]; ordered: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <List>
        {items.map((item, index) => (
          <li key={`${index}-${item}`}>{item}</li>
        ))}
      </List>
    </section>
  );
}

/** How to do one exercise, how much of it, and where each number comes from. */
export function ExerciseDetail({ exercise }: { readonly exercise: Exercise }) {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  return (
    <article className="page exercise-detail" aria-labelledby="exercise-title">
      <h1 id="exercise-title">{exercise.name}</h1>
      <ArticleName className="exercise-detail-article" name={exercise.name} articleName={exercise.articleName} />
      <div className="exercise-detail-figures">
        <ExerciseFigure exerciseId={exercise.id} pose="setup" />
        <ExerciseFigure exerciseId={exercise.id} />
      </div>
      <p className="exercise-detail-meta">
        {exerciseRegionLabel(t, exercise.region)} · {levelLabel(t, exercise.level)}
      </p>
      <p>{exercise.summary}</p>
      <p className="exercise-detail-prescription">
        <span className="exercise-detail-label">{t('browse.exercise.howMuch')}</span> {prescriptionText(describePrescription(exercise), t, language, catalog)}
      </p>
      <p>
        <Link className="button primary" to={paths.playExercise(exercise.id)}>
          {t('browse.exercise.tryAlone')}
        </Link>
      </p>
      <ExerciseBest exerciseId={exercise.id} />
      <p>
        <Link to={paths.exerciseHistory(exercise.id)}>{t('history.exercise.link')}</Link>
      </p>
      <section aria-labelledby="muscles-title">
        <h2 id="muscles-title">{t('browse.exercise.musclesTitle')}</h2>
        <ul>
          {exercise.muscles.map((muscle) => (
            <li key={muscle.id}>
              {muscle.name}
              {muscle.articleTerm && muscle.articleTerm.toLocaleLowerCase() !== muscle.name.toLocaleLowerCase() && (
                <span className="exercise-detail-term">
                  {' ('}
                  {t('browse.exercise.articleTerm')} <SourceQuote>{muscle.articleTerm}</SourceQuote>
                  {')'}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <TextList title={t('browse.exercise.setupTitle')} id="setup-title" items={exercise.setup} ordered />
      <TextList title={t('browse.exercise.cuesTitle')} id="cues-title" items={exercise.cues} ordered={false} />
      <ExerciseSteps prescription={exercise.prescription} />
      <TextList title={t('browse.cautions.title')} id="cautions-title" items={exercise.cautions} ordered={false} />
      <EquipmentList equipment={exercise.equipment} headingId="equipment-title" />
      <SourcedFigureList figures={sourcedFigures(exercise, t, language)} />
    </article>
  );
}
