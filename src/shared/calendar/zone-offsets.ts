/**
 * A time zone's offsets, read from the browser's own time zone data through Intl (no library,
 * no tz database shipped). Used to write the VTIMEZONE of a reminder.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface CivilTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall-clock time in `timeZone` at `atMs`. */
export function civilTimeAt(timeZone: string, atMs: number): CivilTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(atMs)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** Minutes east of UTC in `timeZone` at `atMs` (Berlin in winter: 60). */
export function zoneOffsetMinutes(timeZone: string, atMs: number): number {
  const civil = civilTimeAt(timeZone, atMs);
  const asUtc = Date.UTC(civil.year, civil.month - 1, civil.day, civil.hour, civil.minute, civil.second);
  return Math.round((asUtc - Math.floor(atMs / 1000) * 1000) / 60_000);
}

export interface OffsetChange {
  /** The first instant with the new offset, to the minute. */
  readonly atMs: number;
  readonly fromMinutes: number;
  readonly toMinutes: number;
}

const DAY_MS = 86_400_000;

/** Every offset change in the (UTC) year: found day by day, then narrowed to the minute. */
export function offsetChanges(timeZone: string, year: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let before = Date.UTC(year, 0, 1);
  let beforeOffset = zoneOffsetMinutes(timeZone, before);
  while (before < end) {
    const after = Math.min(before + DAY_MS, end);
    const afterOffset = zoneOffsetMinutes(timeZone, after);
    if (afterOffset !== beforeOffset) {
      let low = before;
      let high = after;
      while (high - low > 60_000) {
        const middle = low + Math.floor((high - low) / 120_000) * 60_000;
        if (zoneOffsetMinutes(timeZone, middle) === beforeOffset) low = middle;
        else high = middle;
      }
      changes.push({ atMs: high, fromMinutes: beforeOffset, toMinutes: afterOffset });
    }
    before = after;
    beforeOffset = afterOffset;
  }
  return changes;
}
