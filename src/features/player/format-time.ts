import type { Translate } from '../../shared/i18n/i18n';
import { formatDuration } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';

/**
 * The seconds a countdown shows: rounded up, so "0:01" stays until the step really ends and
 * "0:00" is never shown while time is left. The display changes exactly at deadline - n s.
 * (Every duration is written by shared/i18n/format.ts's formatDuration.)
 */
export const countdownSeconds = (remainingMs: number): number => Math.max(0, Math.ceil(remainingMs / 1000));

/** The words said for each number of seconds, per language (each `t` is one language's). */
const spokenBySeconds = new WeakMap<Translate, Map<number, string>>();

/**
 * "1 minute 5 seconds": what a screen reader says for the timer. The timer's name changes every
 * second, and each is a plural text with its numbers formatted: kept once made (a step is at most
 * an hour, so a language has at most 3,600 of them).
 */
export function spokenDuration(totalSeconds: number, t: Translate): string {
  let known = spokenBySeconds.get(t);
  if (!known) spokenBySeconds.set(t, (known = new Map()));
  let words = known.get(totalSeconds);
  if (words === undefined) {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    words = minutes > 0 && seconds === 0 ? t('player.timer.spokenMinutes', { minutes }) : t('player.timer.spoken', { minutes, seconds });
    known.set(totalSeconds, words);
  }
  return words;
}

/** "12 min", "45 s", "1 h 5 min": for totals read, not watched (under a minute in seconds, else in minutes). */
export const durationWords = (totalMs: number, language: Language): string =>
  formatDuration(totalMs, Math.round(totalMs / 1000) < 60 ? 'precise' : 'minutes', language);
