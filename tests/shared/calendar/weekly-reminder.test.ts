import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsUtcDateTime } from '../../../src/shared/calendar/ics-text';
import { vtimezoneLines } from '../../../src/shared/calendar/vtimezone';
import { firstOccurrence, weeklyReminderIcs, type WeeklyReminder } from '../../../src/shared/calendar/weekly-reminder';
import { offsetChanges, zoneOffsetMinutes } from '../../../src/shared/calendar/zone-offsets';

/** Tuesday 1 December 2026, 14:13:47 UTC (15:13:47 in Berlin). */
const NOW = Date.UTC(2026, 11, 1, 14, 13, 47);

const reminder = (overrides: Partial<WeeklyReminder> = {}): WeeklyReminder => ({
  days: ['MO', 'TH'],
  hour: 7,
  minute: 30,
  timeZone: 'Europe/Berlin',
  summary: 'Back workout with Upright',
  description: 'Time for your back exercises.',
  uid: '4f0c7b8e-1111-4222-8333-944455556666@upright',
  nowMs: NOW,
  ...overrides,
});

const octets = (line: string) => new TextEncoder().encode(line).length;
/** The content lines, unfolded (RFC 5545 §3.1: CRLF followed by one space is removed). */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('iCalendar text (RFC 5545 §3.1, §3.3.11)', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds a long line at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 64]);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.join('\r\n').replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `SUMMARY:${'Rückentraining 💪 '.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
      expect(part.isWellFormed()).toBe(true);
    }
    expect(folded.join('\r\n').replace(/\r\n /g, '')).toBe(line);
  });

  it('writes DTSTAMP-style times in UTC', () => {
    expect(icsUtcDateTime(NOW)).toBe('20261201T141347Z');
  });
});

describe('the weekly reminder', () => {
  const ics = weeklyReminderIcs(reminder());
  const lines = unfolded(ics);

  it('ends every line with CRLF and has no bare LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('is one calendar with one event, an id, a stamp in UTC and the start in the user’s zone', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:4f0c7b8e-1111-4222-8333-944455556666@upright');
    expect(lines).toContain('DTSTAMP:20261201T141347Z');
    // The first chosen day from today (a Tuesday) is Thursday 3 December.
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20261203T073000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TH');
  });

  it('escapes the words and gives the zone a VTIMEZONE with its summer and winter time', () => {
    const withCommas = unfolded(weeklyReminderIcs(reminder({ summary: 'Rücken, Bauch; Beine', description: 'Zeile 1\nZeile 2' })));
    expect(withCommas).toContain('SUMMARY:Rücken\\, Bauch\\; Beine');
    expect(withCommas).toContain('DESCRIPTION:Zeile 1\\nZeile 2');
    expect(lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists the days in calendar order, whatever order they were chosen in', () => {
    expect(unfolded(weeklyReminderIcs(reminder({ days: ['SU', 'WE', 'MO'] })))).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,SU');
  });

  it('starts today when today is one of the days, by the date in the user’s zone', () => {
    expect(firstOccurrence(['TU'], 'Europe/Berlin', NOW)).toEqual({ year: 2026, month: 12, day: 1 });
    // 23:30 UTC on Tuesday is already Wednesday in Tokyo.
    expect(firstOccurrence(['WE'], 'Asia/Tokyo', Date.UTC(2026, 11, 1, 23, 30))).toEqual({ year: 2026, month: 12, day: 2 });
    expect(firstOccurrence(['MO'], 'Europe/Berlin', NOW)).toEqual({ year: 2026, month: 12, day: 7 });
  });

  it('refuses a reminder without a day', () => {
    expect(() => weeklyReminderIcs(reminder({ days: [] }))).toThrow();
  });
});

describe('time zone data from Intl', () => {
  it('reads offsets and finds the changes of a year to the minute', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', Date.UTC(2026, 0, 15))).toBe(60);
    expect(zoneOffsetMinutes('America/St_Johns', Date.UTC(2026, 0, 15))).toBe(-210);
    expect(offsetChanges('America/New_York', 2026)).toEqual([
      { atMs: Date.UTC(2026, 2, 8, 7), fromMinutes: -300, toMinutes: -240 },
      { atMs: Date.UTC(2026, 10, 1, 6), fromMinutes: -240, toMinutes: -300 },
    ]);
  });

  it('writes a second-Sunday rule for New York and one fixed offset for a zone without summer time', () => {
    expect(vtimezoneLines('America/New_York', 2026)).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(vtimezoneLines('Asia/Tokyo', 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
