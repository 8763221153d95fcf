import { Link } from 'react-router';
import type { PlanExerciseOutline } from '../../engine/types';
import { ExerciseFigure } from '../../shared/figure/exercise-figure';
import { exerciseName, prescriptionText } from '../../shared/i18n/engine-text';
import { formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';

/** The exercises in order, each with its prescription in words and its share of the time. */
export function RoutineOutline({ outline }: { readonly outline: readonly PlanExerciseOutline[] }) {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  return (
    <section aria-labelledby="routine-outline-title">
      <h2 id="routine-outline-title">{t('browse.routine.outlineTitle')}</h2>
      <ol className="routine-outline">
        {outline.map((item) => (
          <li key={item.itemIndex}>
            <ExerciseFigure exerciseId={item.exerciseId} className="routine-outline-figure" />
            <Link to={paths.exercise(item.exerciseId)} className="routine-outline-name">
              {exerciseName(item.exerciseId, catalog)}
            </Link>
            <span className="routine-outline-prescription">{prescriptionText(item.prescription, t, language, catalog)}</span>
            <span className="routine-outline-time">{formatDuration(item.durationMs, 'precise', language)}</span>
          </li>
        ))}
      </ol>
      <p className="routine-outline-hint">
        {t('browse.routine.outlineHint')}
      </p>
    </section>
  );
}
