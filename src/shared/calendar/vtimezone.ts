/**
 * The VTIMEZONE for a reminder's TZID (RFC 5545 §3.6.5), built from the browser's time zone data.
 *
 * Why include one: §3.2.19 requires a VTIMEZONE for every TZID in the object, and a calendar that
 * does not know IANA names (some Outlook versions) would otherwise read the time as UTC or
 * floating. Google and Apple calendars use the IANA name itself. The offsets come from the year of
 * the first reminder: each change becomes a STANDARD or DAYLIGHT observance that recurs yearly on
 * the same weekday of the month ("last Sunday of March"), which is how the zones of Europe, North
 * America and most others are defined. A zone with more than two changes a year (a few move their
 * clocks for Ramadan) gets that year's changes only; its calendar app's own rules take over after.
 */
import { icsLocalDateTime } from './ics-text';
import { offsetChanges, zoneOffsetMinutes, type OffsetChange } from './zone-offsets';

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** "+0100", "-0330". */
export function icsOffset(minutes: number): string {
  const absolute = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/** "-1SU" for the last Sunday of its month, "2SU" for the second, from the local date of the change. */
function weekdayOfMonth(year: number, month: number, day: number): string {
  const weekday = WEEKDAY_CODES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day + 7 > daysInMonth ? -1 : Math.ceil(day / 7)}${weekday}`;
}

function observance(change: OffsetChange, recurs: boolean): string[] {
  // DTSTART of an observance is the local time just before the change, in the old offset.
  const local = new Date(change.atMs + change.fromMinutes * 60_000);
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  const kind = change.toMinutes > change.fromMinutes ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${icsLocalDateTime(year, month, day, local.getUTCHours(), local.getUTCMinutes())}`,
    ...(recurs ? [`RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=${weekdayOfMonth(year, month, day)}`] : []),
    `TZOFFSETFROM:${icsOffset(change.fromMinutes)}`,
    `TZOFFSETTO:${icsOffset(change.toMinutes)}`,
    `END:${kind}`,
  ];
}

/** The VTIMEZONE lines for `timeZone`, with the offsets it has in `year`. */
export function vtimezoneLines(timeZone: string, year: number): string[] {
  const changes = offsetChanges(timeZone, year);
  const body =
    changes.length === 0
      ? (() => {
          const offset = icsOffset(zoneOffsetMinutes(timeZone, Date.UTC(year, 0, 1)));
          return ['BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD'];
        })()
      : changes.flatMap((change) => observance(change, changes.length <= 2));
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...body, 'END:VTIMEZONE'];
}
