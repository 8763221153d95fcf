/** "1:05" for 65,000 ms; whole seconds, rounded down. */
export function clockText(totalMs: number): string {
  const totalSeconds = Math.max(0, Math.floor(totalMs / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * The seconds a countdown shows: rounded up, so "0:01" stays until the step really ends and
 * "0:00" is never shown while time is left. The display changes exactly at deadline - n s.
 */
export const countdownSeconds = (remainingMs: number): number => Math.max(0, Math.ceil(remainingMs / 1000));

/** "12 min", "45 s", "1 h 5 min": for totals read, not watched. */
export function durationWords(totalMs: number): string {
  const totalSeconds = Math.round(totalMs / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const totalMinutes = Math.round(totalSeconds / 60);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
}

/** "1 minute 5 seconds": what a screen reader says for the timer. */
export function spokenDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds || !minutes) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}
