import { Link } from 'react-router';
import { exerciseName } from '../../shared/i18n/engine-text';
import { formatDate, formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePersonalBests } from '../../stores/history-store';

/** The best hold of each exercise (holds a cap ended count only once confirmed), each linking to the exercise's history. */
export function BestsList() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const bests = Object.values(usePersonalBests())
    .map((best) => ({ ...best, name: exerciseName(best.exerciseId, catalog) }))
    .sort((first, second) => first.name.localeCompare(second.name, language));
  return (
    <section aria-labelledby="history-bests-title" className="history-card">
      <h2 id="history-bests-title">{t('history.bests.title')}</h2>
      {bests.length === 0 ? (
        <p>{t('history.bests.none')}</p>
      ) : (
        <ul className="history-bests">
          {bests.map((best) => (
            <li key={best.exerciseId}>
              <Link to={paths.exerciseHistory(best.exerciseId)}>{t('history.bests.item', { exercise: best.name, time: formatDuration(best.heldMs, 'clock', language) })}</Link>{' '}
              <span className="history-hint">{t('history.bests.date', { date: formatDate(best.achievedAtMs, 'date', language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
