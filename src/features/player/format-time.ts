import type { Translate } from '../../shared/i18n/i18n';
import { formatDuration } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';

/**
 * The seconds a countdown shows: rounded up, so "0:01" stays until the step really ends and
 * "0:00" is never shown while time is left. The display changes exactly at deadline - n s.
 * (Every duration is written by shared/i18n/format.ts's formatDuration.)
 */
export const countdownSeconds = (remainingMs: number): number => Math.max(0, Math.ceil(remainingMs / 1000));

/** What was made for each number of seconds, per language (each `t` is one language's). */
const madeBySeconds = new WeakMap<Translate, Map<string, string>>();

/**
 * `make()` for `key` in `t`'s language, made once: the timer's name changes every second, and
 * each is a plural text with its numbers formatted (a step is at most an hour, so a language has
 * at most 7,200 of them).
 */
function madeOnce(t: Translate, key: string, make: () => string): string {
  let made = madeBySeconds.get(t);
  if (!made) madeBySeconds.set(t, (made = new Map()));
  let text = made.get(key);
  if (text === undefined) made.set(key, (text = make()));
  return text;
}

/** "1 minute 5 seconds": what a screen reader says for the timer. */
export function spokenDuration(totalSeconds: number, t: Translate): string {
  return madeOnce(t, `spoken:${totalSeconds}`, () => {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return minutes > 0 && seconds === 0 ? t('player.timer.spokenMinutes', { minutes }) : t('player.timer.spoken', { minutes, seconds });
  });
}

/** The timer's name: "Time left: 15 seconds", or "Time held: 42 seconds" for a hold counting up. */
export function timerLabel(totalSeconds: number, counting: boolean, t: Translate): string {
  return madeOnce(t, `${counting ? 'left' : 'held'}:${totalSeconds}`, () => t(counting ? 'player.timer.left' : 'player.timer.held', { time: spokenDuration(totalSeconds, t) }));
}

/** "12 min", "45 s", "1 h 5 min": for totals read, not watched (under a minute in seconds, else in minutes). */
export const durationWords = (totalMs: number, language: Language): string =>
  formatDuration(totalMs, Math.round(totalMs / 1000) < 60 ? 'precise' : 'minutes', language);
