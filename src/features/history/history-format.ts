import { cached } from '../../shared/i18n/intl-cache';
import { LANGUAGE_TAGS, type Language } from '../../shared/i18n/languages';
import { firstDayOfWeek, type Weekday } from '../../stores/history-calendar';

const DAY_MS = 86_400_000;

/**
 * A day number (history-calendar.ts) as a date: it stands for UTC midnight of the local date, so
 * it is formatted in UTC, which gives back that very date whatever the device's zone.
 */
const DAY_OPTIONS: Record<'numeric' | 'short' | 'long' | 'weekday', Intl.DateTimeFormatOptions> = {
  numeric: { day: 'numeric', month: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'short' },
};

export function formatDay(day: number, style: keyof typeof DAY_OPTIONS, language: Language): string {
  const options = DAY_OPTIONS[style];
  return cached(`${language}:day:${style}`, () => new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { ...options, timeZone: 'UTC' })).format(day * DAY_MS);
}

/**
 * The first day of the week: Monday in German; in English, the user's own locale's (en-US
 * Sunday, en-GB Monday), as the browser's language list says.
 */
export function weekStartFor(language: Language): Weekday {
  if (language === 'de') return 1;
  const english = typeof navigator === 'undefined' ? undefined : navigator.languages?.find((tag) => tag.toLowerCase().startsWith('en'));
  return firstDayOfWeek(english ?? 'en');
}
