const MS_PER_SECOND = 1000;
const SECONDS_PER_MINUTE = 60;

/** Whole minutes as a card shows them (nearest minute, at least 1), so filters agree with cards. */
export function roundedMinutes(durationMs: number): number {
  return Math.max(1, Math.round(durationMs / MS_PER_SECOND / SECONDS_PER_MINUTE));
}

/**
 * A duration in whole minutes for cards and filters: "12 min", "1 h 5 min". Rounded to the
 * nearest minute, never below "1 min" so a short routine does not read as "0 min".
 */
export function formatMinutes(durationMs: number): string {
  const totalMinutes = roundedMinutes(durationMs);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** A precise duration for outlines and totals: "45 s", "3 min 20 s", "12 min". */
export function formatMinutesSeconds(durationMs: number): string {
  const totalSeconds = Math.max(0, Math.round(durationMs / MS_PER_SECOND));
  const minutes = Math.floor(totalSeconds / SECONDS_PER_MINUTE);
  const seconds = totalSeconds % SECONDS_PER_MINUTE;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
