/**
 * A weekly reminder as an iCalendar file (RFC 5545) that any calendar app imports: one event that
 * repeats every week on the chosen days at the chosen local time, in the user's time zone, with an
 * alarm at that time. Pure: the clock, the zone, the id and the words come in as arguments.
 */
import { escapeText, icsDocument, icsLocalDateTime, icsUtcDateTime } from './ics-text';
import { vtimezoneLines } from './vtimezone';
import { civilTimeAt } from './zone-offsets';

/** RFC 5545 weekday codes, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyReminder {
  /** At least one. */
  readonly days: readonly Weekday[];
  readonly hour: number;
  readonly minute: number;
  /** An IANA zone, e.g. from Intl.DateTimeFormat().resolvedOptions().timeZone. */
  readonly timeZone: string;
  readonly summary: string;
  readonly description: string;
  /** Globally unique, e.g. `${crypto.randomUUID()}@upright`. */
  readonly uid: string;
  readonly nowMs: number;
  readonly durationMinutes?: number;
}

/** Monday = 0 … Sunday = 6 for a civil date. */
const weekdayIndex = (year: number, month: number, day: number): number => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;

/** The first of the chosen days, today included, as a civil date in the zone: DTSTART must be an occurrence. */
export function firstOccurrence(days: readonly Weekday[], timeZone: string, nowMs: number): { year: number; month: number; day: number } {
  const today = civilTimeAt(timeZone, nowMs);
  const todayIndex = weekdayIndex(today.year, today.month, today.day);
  const chosen = new Set(days.map((day) => WEEKDAYS.indexOf(day)));
  let ahead = 0;
  while (ahead < 7 && !chosen.has((todayIndex + ahead) % 7)) ahead += 1;
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weeklyReminderIcs(reminder: WeeklyReminder): string {
  if (reminder.days.length === 0) throw new Error('A weekly reminder needs at least one day');
  const first = firstOccurrence(reminder.days, reminder.timeZone, reminder.nowMs);
  const byDay = WEEKDAYS.filter((day) => reminder.days.includes(day)).join(',');
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Upright//Weekly reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezoneLines(reminder.timeZone, first.year),
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${icsUtcDateTime(reminder.nowMs)}`,
    `DTSTART;TZID=${reminder.timeZone}:${icsLocalDateTime(first.year, first.month, first.day, reminder.hour, reminder.minute)}`,
    `DURATION:PT${reminder.durationMinutes ?? 15}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${byDay}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.summary)}`,
    'TRIGGER:PT0S',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
