import { formatNumber } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { NumberSetting } from '../../shared/ui/number-setting';
import { dayNumber, dayStreak, localDayKey, weekStartOf, weeklyStreakOf, type Weekday } from '../../stores/history-calendar';
import { DEFAULT_WEEKLY_GOAL, SETTING_LIMITS, settingsActions, useSetting } from '../../stores/settings-store';
import { TrainingCalendar } from './training-calendar';

interface ProgressOverviewProps {
  /** Day number → workouts that day, from the per-day summary. */
  readonly byDay: ReadonlyMap<number, number>;
  /** Week's first day number → workouts that week. */
  readonly byWeek: ReadonlyMap<number, number>;
  readonly firstDay: Weekday;
  readonly nowMs: number;
}

/** This week against the goal, the streaks and the calendar: all from the per-day summary. */
export function ProgressOverview({ byDay, byWeek, firstDay, nowMs }: ProgressOverviewProps) {
  const t = useT();
  const language = useLanguage();
  const goal = useSetting('weeklyGoal');
  const today = dayNumber(localDayKey(nowMs));
  const thisWeek = byWeek.get(weekStartOf(today, firstDay)) ?? 0;
  const days = dayStreak(byDay, today);
  const weeks = weeklyStreakOf(byWeek, today, goal, firstDay);
  const number = (value: number) => formatNumber(value, language);
  return (
    <>
      <section aria-labelledby="history-week-title" className="history-card">
        <h2 id="history-week-title">{t('history.week.title')}</h2>
        <p className="history-big">{t('history.week.progress', { count: number(thisWeek), goal: number(goal) })}</p>
        <div className="history-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, (thisWeek / goal) * 100)}%` }} />
        </div>
        {thisWeek >= goal && <p>{t('history.week.met')}</p>}
        <GoalInput goal={goal} />
      </section>
      <section aria-labelledby="history-streak-title" className="history-card">
        <h2 id="history-streak-title">{t('history.streak.title')}</h2>
        <dl className="history-streaks">
          <div>
            <dt>{t('history.streak.day')}</dt>
            <dd>
              <span className="history-big">{t('history.streak.days', { count: days.current })}</span>{' '}
              <span>{t('history.streak.longest', { length: t('history.streak.days', { count: days.longest }) })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('history.streak.week')}</dt>
            <dd>
              <span className="history-big">{t('history.streak.weeks', { count: weeks.current })}</span>{' '}
              <span>{t('history.streak.longest', { length: t('history.streak.weeks', { count: weeks.longest }) })}</span>
            </dd>
          </div>
        </dl>
        <p className="history-hint">{t('history.streak.dayRule')}</p>
        <p className="history-hint">{t('history.streak.weekRule')}</p>
      </section>
      <TrainingCalendar byDay={byDay} today={today} firstDay={firstDay} />
    </>
  );
}

/** The weekly goal, set here where it is shown, and said to be the default when it is. */
function GoalInput({ goal }: { readonly goal: number }) {
  const t = useT();
  return (
    <div className="history-goal">
      <NumberSetting
        label={t('history.goal.label')}
        hint={t(goal === DEFAULT_WEEKLY_GOAL ? 'history.goal.default' : 'history.goal.custom', { goal: DEFAULT_WEEKLY_GOAL })}
        unit={t('history.goal.unit')}
        value={goal}
        {...SETTING_LIMITS.weeklyGoal}
        onValidChange={(value) => settingsActions.settingsChanged({ weeklyGoal: value })}
      />
    </div>
  );
}
