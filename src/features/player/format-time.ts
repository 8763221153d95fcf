import type { Translate } from '../../shared/i18n/i18n';
import { formatDuration } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';

/**
 * The seconds a countdown shows: rounded up, so "0:01" stays until the step really ends and
 * "0:00" is never shown while time is left. The display changes exactly at deadline - n s.
 * (Every duration is written by shared/i18n/format.ts's formatDuration.)
 */
export const countdownSeconds = (remainingMs: number): number => Math.max(0, Math.ceil(remainingMs / 1000));

/** "1 minute 5 seconds": what a screen reader says for the timer. */
export function spokenDuration(totalSeconds: number, t: Translate): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes > 0 && seconds === 0) return t('player.timer.spokenMinutes', { minutes });
  return t('player.timer.spoken', { minutes, seconds });
}

/** "12 min", "45 s", "1 h 5 min": for totals read, not watched (under a minute in seconds, else in minutes). */
export const durationWords = (totalMs: number, language: Language): string =>
  formatDuration(totalMs, Math.round(totalMs / 1000) < 60 ? 'precise' : 'minutes', language);
