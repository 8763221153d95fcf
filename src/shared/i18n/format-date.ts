import { cached } from './intl-cache';
import { LANGUAGE_TAGS, type Language } from './languages';

/** Dates and times through Intl, apart from format.ts so the first screen (Resume workout) loads only this. */
export type DateStyle = 'time' | 'day-and-time' | 'date' | 'weekday-and-time';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit' },
  'weekday-and-time': { weekday: 'long', hour: '2-digit', minute: '2-digit' },
  'day-and-time': { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
};

export function formatDate(atMs: number, style: DateStyle, language: Language): string {
  return cached(`${language}:date:${style}`, () => new Intl.DateTimeFormat(LANGUAGE_TAGS[language], DATE_OPTIONS[style])).format(atMs);
}
