import { formatNumber } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { weekStartOf, type Weekday } from '../../stores/history-calendar';
import { formatDay } from './history-format';

/** Weeks the calendar shows: about two months, which fits a phone's width as a grid. */
const WEEKS_SHOWN = 8;

/**
 * The last weeks as a table (weeks are rows, weekdays columns), so a screen reader can move by
 * row and column; each cell names its date and whether a workout was done that day.
 */
export function TrainingCalendar({ byDay, today, firstDay }: { readonly byDay: ReadonlyMap<number, number>; readonly today: number; readonly firstDay: Weekday }) {
  const t = useT();
  const language = useLanguage();
  const thisWeek = weekStartOf(today, firstDay);
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, index) => thisWeek - (WEEKS_SHOWN - 1 - index) * 7);
  const weekdays = Array.from({ length: 7 }, (_, index) => thisWeek + index);
  return (
    <section aria-labelledby="history-calendar-title" className="history-card">
      <h2 id="history-calendar-title">{t('history.calendar.title', { weeks: WEEKS_SHOWN })}</h2>
      <table className="history-calendar" aria-labelledby="history-calendar-title">
        <thead>
          <tr>
            <td className="history-calendar-corner" />
            {weekdays.map((day) => (
              <th key={day} scope="col">
                {formatDay(day, 'weekday', language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week}>
              <th scope="row">
                <span className="visually-hidden">{t('history.calendar.week', { date: formatDay(week, 'short', language) })}</span>
                <span aria-hidden="true">{formatDay(week, 'numeric', language)}</span>
              </th>
              {weekdays.map((_, offset) => {
                const day = week + offset;
                const count = byDay.get(day) ?? 0;
                const status = day > today ? t('history.calendar.future') : count > 0 ? t('history.calendar.trained', { count }) : t('history.calendar.rest');
                return (
                  <td key={day} className={count > 0 ? 'trained' : day === today ? 'today' : undefined} aria-current={day === today ? 'date' : undefined}>
                    <span aria-hidden="true">{formatNumber(new Date(day * 86_400_000).getUTCDate(), language)}</span>
                    <span className="visually-hidden">{`${formatDay(day, 'long', language)}: ${status}`}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
