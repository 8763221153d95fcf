import { Link } from 'react-router';
import type { Exercise } from '../../catalog/schema';
import { describePrescription } from '../../engine/describe-prescription';
import { paths } from '../../shared/paths';
import { exerciseRegionLabels, levelLabels } from '../../shared/ui/catalog-labels';
import { EquipmentList } from '../../shared/ui/equipment-list';
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
  return (
    <article className="page exercise-detail" aria-labelledby="exercise-title">
      <h1 id="exercise-title">{exercise.name}</h1>
      {exercise.articleName.toLowerCase() !== exercise.name.toLowerCase() && (
        <p className="exercise-detail-article">
          In the article: <q>{exercise.articleName}</q>
        </p>
      )}
      <p className="exercise-detail-meta">
        {exerciseRegionLabels[exercise.region]} · {levelLabels[exercise.level]}
      </p>
      <p>{exercise.summary}</p>
      <p className="exercise-detail-prescription">
        <span className="exercise-detail-label">How much:</span> {describePrescription(exercise)}
      </p>
      <p>
        <Link className="button primary" to={paths.playExercise(exercise.id)}>
          Try this exercise alone
        </Link>
      </p>
      <section aria-labelledby="muscles-title">
        <h2 id="muscles-title">Muscles worked</h2>
        <ul>
          {exercise.muscles.map((muscle) => (
            <li key={muscle.name}>
              {muscle.name}
              {muscle.articleTerm && muscle.articleTerm.toLowerCase() !== muscle.name.toLowerCase() && (
                <span className="exercise-detail-term">
                  {' '}
                  (the article’s <q>{muscle.articleTerm}</q>)
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <TextList title="Getting into position" id="setup-title" items={exercise.setup} ordered />
      <TextList title="During the exercise" id="cues-title" items={exercise.cues} ordered={false} />
      <ExerciseSteps prescription={exercise.prescription} />
      <TextList title="Take care" id="cautions-title" items={exercise.cautions} ordered={false} />
      <EquipmentList equipment={exercise.equipment} headingId="equipment-title" />
      <SourcedFigureList figures={sourcedFigures(exercise)} />
    </article>
  );
}
