import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { BestsList } from './bests-list';
import { ProgressOverview } from './progress-overview';
import { useDayCounts, useWorkoutPages } from './use-history-data';
import { WorkoutList } from './workout-list';
import './history.css';

/**
 * History: this week against the goal, the streaks and the last weeks (from the per-day summary),
 * the personal bests, and the workouts, newest first, a page at a time.
 */
export default function HistoryPage() {
  const t = useT();
  usePageTitle(t('history.title'));
  const dayCounts = useDayCounts();
  const pages = useWorkoutPages();
  return (
    <div className="history-page">
      <h1>{t('history.title')}</h1>
      {pages.setAside > 0 && (
        <p className="notice warning" role="status">
          {t('history.setAside', { count: pages.setAside })}
        </p>
      )}
      {dayCounts ? <ProgressOverview dayCounts={dayCounts.byDay} nowMs={dayCounts.readAtMs} /> : <p>{t('history.loading')}</p>}
      <BestsList />
      <WorkoutList pages={pages} dayCounts={dayCounts?.byDay ?? null} />
      <p>
        <Link to={paths.settings()}>{t('history.dataLink')}</Link>
      </p>
    </div>
  );
}
