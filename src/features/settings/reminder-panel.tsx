import { useId, useState } from 'react';
import { WEEKDAYS, weeklyReminderIcs, type Weekday } from '../../shared/calendar/weekly-reminder';
import { downloadTextFile } from '../../shared/history-transfer/download-file';
import { formatList } from '../../shared/i18n/format';
import { formatDate } from '../../shared/i18n/format-date';
import { cached } from '../../shared/i18n/intl-cache';
import { LANGUAGE_TAGS, type Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/i18n';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { SETTINGS_SECTIONS } from '../../shared/paths';
import { useHashTarget } from './history-anchor';

export const REMINDER_ANCHOR = SETTINGS_SECTIONS.weeklyReminder;
export const REMINDER_FILE_NAME = 'upright-weekly-reminder.ics';
const DEFAULT_DAYS: readonly Weekday[] = ['MO', 'WE', 'FR'];
const DEFAULT_TIME = '18:00';

/** "Monday", "Montag": 1 January 2024 was a Monday. */
const weekdayName = (dayIndex: number, language: Language): string =>
  cached(`${language}:weekday-utc`, () => new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { weekday: 'long', timeZone: 'UTC' })).format(Date.UTC(2024, 0, 1 + dayIndex));

const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function parseTime(value: string): { hour: number; minute: number } | null {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

function downloadReminder(days: readonly Weekday[], hour: number, minute: number): void {
  const nowMs = Date.now();
  const ics = weeklyReminderIcs({
    days,
    hour,
    minute,
    timeZone: deviceTimeZone(),
    summary: translate('historyTransfer.reminder.eventSummary'),
    description: translate('historyTransfer.reminder.eventDescription', { url: window.location.origin }),
    uid: `${crypto.randomUUID()}@upright`,
    nowMs,
  });
  downloadTextFile(REMINDER_FILE_NAME, ics, 'text/calendar;charset=utf-8');
}

/** "Add a weekly reminder to my calendar": an .ics file for the chosen days and time, no server involved. */
export function ReminderPanel() {
  const [days, setDays] = useState<readonly Weekday[]>(DEFAULT_DAYS);
  const [time, setTime] = useState(DEFAULT_TIME);
  const [problem, setProblem] = useState<'no-day' | 'no-time' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const headingRef = useHashTarget<HTMLHeadingElement>(REMINDER_ANCHOR);
  const timeId = useId();
  const problemId = useId();
  const zoneHintId = useId();
  const t = useT();
  const language = useLanguage();

  const toggle = (day: Weekday, checked: boolean) => {
    setDays((current) => WEEKDAYS.filter((each) => (each === day ? checked : current.includes(each))));
    setProblem(null);
  };
  const add = () => {
    const parsed = parseTime(time);
    if (days.length === 0 || !parsed) {
      setDone(null);
      setProblem(days.length === 0 ? 'no-day' : 'no-time');
      return;
    }
    downloadReminder(days, parsed.hour, parsed.minute);
    const at = new Date();
    at.setHours(parsed.hour, parsed.minute, 0, 0);
    const dayNames = days.map((day) => weekdayName(WEEKDAYS.indexOf(day), language));
    setDone(t('historyTransfer.reminder.done', { file: REMINDER_FILE_NAME, days: formatList(dayNames, language), time: formatDate(at.getTime(), 'time', language) }));
  };

  return (
    <section className="settings-group history-transfer" aria-labelledby={REMINDER_ANCHOR}>
      <h2 id={REMINDER_ANCHOR} ref={headingRef} tabIndex={-1}>
        {t('historyTransfer.reminder.heading')}
      </h2>
      <p>{t('historyTransfer.reminder.intro')}</p>
      <fieldset className="reminder-days" aria-describedby={problem === 'no-day' ? problemId : undefined}>
        <legend>{t('historyTransfer.reminder.days')}</legend>
        {WEEKDAYS.map((day, index) => (
          <label key={day} className="setting-radio">
            <input type="checkbox" checked={days.includes(day)} onChange={(event) => toggle(day, event.target.checked)} />
            {weekdayName(index, language)}
          </label>
        ))}
      </fieldset>
      <div className="setting">
        <label htmlFor={timeId}>{t('historyTransfer.reminder.time')}</label>
        <input
          id={timeId}
          type="time"
          value={time}
          required
          aria-invalid={problem === 'no-time' || undefined}
          aria-describedby={problem === 'no-time' ? `${zoneHintId} ${problemId}` : zoneHintId}
          onChange={(event) => {
            setTime(event.target.value);
            setProblem(null);
          }}
        />
        <p className="setting-hint" id={zoneHintId}>{t('historyTransfer.reminder.timeZone', { zone: deviceTimeZone() })}</p>
      </div>
      <div>
        <button type="button" className="button" onClick={add}>
          {t('historyTransfer.reminder.add')}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="notice warning" role="alert">
          {t(problem === 'no-day' ? 'historyTransfer.reminder.noDay' : 'historyTransfer.reminder.noTime')}
        </p>
      )}
      <div role="status">{done && <p>{done}</p>}</div>
    </section>
  );
}
