import { memo } from 'react';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { RoutineCard, type RoutineSummary } from '../../shared/ui/routine-card';

/** The user's own routines, or, while there are none, a pointer to the builder. */
// Memoized: Home re-renders as the user's routines and the history load; these cards only change with their summaries.
export const CustomRoutinesSection = memo(function CustomRoutinesSection({ summaries }: { readonly summaries: readonly RoutineSummary[] }) {
  const t = useT();
  if (summaries.length === 0) {
    return (
      <section className="home-section" aria-labelledby="custom-routines-title">
        <h2 id="custom-routines-title">{t('browse.custom.title')}</h2>
        <p>
          {t('browse.custom.empty')} <Link to={paths.newRoutine()}>{t('browse.custom.build')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="home-section" aria-labelledby="custom-routines-title">
      <h2 id="custom-routines-title">{t('browse.custom.title')}</h2>
      <ul className="card-grid">
        {summaries.map((summary) => (
          <li key={summary.id}>
            <RoutineCard summary={summary} detailHref={paths.routine(summary.id)} startHref={paths.player(summary.id)} />
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.myRoutines()}>{t('browse.custom.manage')}</Link>
      </p>
    </section>
  );
});
