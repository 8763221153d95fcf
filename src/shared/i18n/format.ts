import { translate } from './i18n';
import { cached } from './intl-cache';
import { LANGUAGE_TAGS, type Language } from './languages';

export { formatDate, type DateStyle } from './format-date';

/**
 * Numbers, durations, dates and lists, through Intl, one formatter of each kind for the whole app
 * (cached per language). Durations: `formatDuration(ms, 'clock')` "1:05" for timers,
 * `'precise'` "3 min 20 s" for outlines and totals, `'minutes'` "12 min" for cards and filters.
 */
/** Unit words are texts ("25 s", "12 Min."), not Intl's unit style, whose "25 secs" reads oddly on a timer. */
const seconds = (value: number, language: Language) => translate('duration.seconds', { seconds: formatNumber(value, language) });
const minutes = (value: number, language: Language) => translate('duration.minutes', { minutes: formatNumber(value, language) });
const hours = (value: number, language: Language) => translate('duration.hours', { hours: formatNumber(value, language) });

export type DurationStyle = 'clock' | 'precise' | 'minutes';

/** Whole minutes as a card shows them (nearest minute, at least 1), so filters agree with cards. */
export const roundedMinutes = (durationMs: number): number => Math.max(1, Math.round(durationMs / 60_000));

/** `language` must be the active one (the unit words come from its texts); it keys the number format. */
export function formatDuration(durationMs: number, style: DurationStyle, language: Language): string {
  if (style === 'clock') {
    // Whole seconds, rounded down; a countdown rounds up before it asks (countdownSeconds).
    const totalSeconds = Math.max(0, Math.floor(durationMs / 1000));
    return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
  }
  if (style === 'minutes') {
    const totalMinutes = roundedMinutes(durationMs);
    const wholeHours = Math.floor(totalMinutes / 60);
    const restMinutes = totalMinutes % 60;
    if (wholeHours === 0) return minutes(restMinutes, language);
    return restMinutes === 0 ? hours(wholeHours, language) : `${hours(wholeHours, language)} ${minutes(restMinutes, language)}`;
  }
  const totalSeconds = Math.max(0, Math.round(durationMs / 1000));
  const wholeMinutes = Math.floor(totalSeconds / 60);
  const restSeconds = totalSeconds % 60;
  if (wholeMinutes === 0) return seconds(restSeconds, language);
  return restSeconds === 0 ? minutes(wholeMinutes, language) : `${minutes(wholeMinutes, language)} ${seconds(restSeconds, language)}`;
}

export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const key = `${language}:number:${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(LANGUAGE_TAGS[language], options)).format(value);
}

export function formatList(items: readonly string[], language: Language, type: Intl.ListFormatType = 'conjunction'): string {
  return cached(`${language}:list:${type}`, () => new Intl.ListFormat(LANGUAGE_TAGS[language], { type })).format(items);
}
