/**
 * ISO 8601 with the local offset, "2026-03-01T09:00:00+01:00": a spreadsheet or a person reads
 * the local time the workout happened, and the offset keeps the instant exact (toISOString gives
 * UTC, which reads an hour or more off). `offsetMinutes` is east of UTC (Berlin in winter: 60);
 * by default the offset this device had at that instant, so a summer workout says +02:00.
 */
const two = (value: number) => String(value).padStart(2, '0');

export const localOffsetMinutes = (atMs: number): number => -new Date(atMs).getTimezoneOffset();

export function isoWithOffset(atMs: number, offsetMinutes: number = localOffsetMinutes(atMs)): string {
  const local = new Date(atMs + offsetMinutes * 60_000);
  const date = `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${date}T${time}${sign}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
}
