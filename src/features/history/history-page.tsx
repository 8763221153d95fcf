import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { countsByWeek } from '../../stores/history-calendar';
import { weekStartFor } from './history-format';
import { paths, SETTINGS_SECTIONS } from '../../shared/paths';
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
  const language = useLanguage();
  const firstDay = weekStartFor(language);
  const dayCounts = useDayCounts();
  const pages = useWorkoutPages();
  // Counted once per read of the summary: 25 years are about 9,000 days.
  const byWeek = useMemo(() => (dayCounts ? countsByWeek(dayCounts.byDay, firstDay) : null), [dayCounts, firstDay]);
  return (
    <div className="history-page">
      <h1>{t('history.title')}</h1>
      {pages.setAside > 0 && (
        <p className="notice warning" role="status">
          {t('history.setAside', { count: pages.setAside })}
        </p>
      )}
      {dayCounts && byWeek ? <ProgressOverview byDay={dayCounts.byDay} byWeek={byWeek} firstDay={firstDay} nowMs={dayCounts.readAtMs} /> : <p>{t('history.loading')}</p>}
      <BestsList />
      <WorkoutList pages={pages} weekCounts={byWeek} firstDay={firstDay} />
      <ul className="history-data-links">
        <li>
          <Link to={paths.settings(SETTINGS_SECTIONS.historyExport)}>{t('history.exportLink')}</Link>
        </li>
        <li>
          <Link to={paths.settings(SETTINGS_SECTIONS.historyImport)}>{t('history.importLink')}</Link>
        </li>
        <li>
          <Link to={paths.settings(SETTINGS_SECTIONS.weeklyReminder)}>{t('history.reminderLink')}</Link>
        </li>
      </ul>
    </div>
  );
}
