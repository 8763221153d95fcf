import { describe, expect, it } from 'vitest';
import { countsByDayNumber, dayKeyFromNumber, dayNumber, dayStreak, firstDayOfWeek, localDayKey, weekStartOf, weeklyStreak, type Weekday } from '../../src/stores/history-calendar';

/** Day numbers of 'YYYY-MM-DD' keys, one workout each. */
const daysOf = (...keys: string[]) => countsByDayNumber(new Map(keys.map((key) => [key, 1])));
const day = (key: string) => dayNumber(key);
const MONDAY: Weekday = 1;
const SUNDAY: Weekday = 7;

describe('local days', () => {
  it('counts a workout at 23:30 local time for that local day, in any zone', () => {
    // 23:30 in Berlin (winter, UTC+1) is 22:30 UTC; in New York (UTC-5) 04:30 UTC the next day.
    expect(localDayKey(Date.UTC(2026, 0, 15, 22, 30), 'Europe/Berlin')).toBe('2026-01-15');
    expect(localDayKey(Date.UTC(2026, 0, 16, 4, 30), 'America/New_York')).toBe('2026-01-15');
    expect(localDayKey(Date.UTC(2026, 0, 15, 23, 30), 'Europe/Berlin')).toBe('2026-01-16');
    expect(localDayKey(Date.UTC(2026, 0, 15, 13, 0), 'Pacific/Kiritimati')).toBe('2026-01-16');
  });

  it('keeps the day across DST changes: the 23-hour and the 25-hour day are one day each', () => {
    // Berlin: clocks go forward on 29 March 2026 at 02:00, back on 25 October 2026 at 03:00.
    expect(localDayKey(Date.UTC(2026, 2, 29, 21, 30), 'Europe/Berlin')).toBe('2026-03-29'); // 23:30 CEST
    expect(localDayKey(Date.UTC(2026, 2, 28, 22, 30), 'Europe/Berlin')).toBe('2026-03-28'); // 23:30 CET
    expect(localDayKey(Date.UTC(2026, 9, 25, 22, 30), 'Europe/Berlin')).toBe('2026-10-25'); // 23:30 CET
    expect(localDayKey(Date.UTC(2026, 9, 24, 21, 30), 'Europe/Berlin')).toBe('2026-10-24'); // 23:30 CEST
    expect(day('2026-03-30') - day('2026-03-29')).toBe(1);
    expect(day('2026-10-26') - day('2026-10-25')).toBe(1);
    const acrossBothChanges = daysOf('2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26');
    expect(dayStreak(acrossBothChanges, day('2026-10-26'))).toEqual({ current: 3, longest: 3 });
  });

  it('turns day numbers back into keys', () => {
    expect(dayKeyFromNumber(day('2024-02-29'))).toBe('2024-02-29');
    expect(Number.isNaN(dayNumber('29.02.2024'))).toBe(true);
  });
});

describe('the day streak', () => {
  it('runs across a month end and a year end', () => {
    const days = daysOf('2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02');
    expect(dayStreak(days, day('2027-01-02'))).toEqual({ current: 4, longest: 4 });
    expect(dayStreak(daysOf('2026-02-27', '2026-02-28', '2026-03-01'), day('2026-03-01')).current).toBe(3);
    expect(dayStreak(daysOf('2024-02-28', '2024-02-29', '2024-03-01'), day('2024-03-01')).current).toBe(3);
  });

  it('still counts yesterday’s run while today has no workout yet, and ends after a day without one', () => {
    const days = daysOf('2026-05-04', '2026-05-05');
    expect(dayStreak(days, day('2026-05-06'))).toEqual({ current: 2, longest: 2 });
    expect(dayStreak(days, day('2026-05-07'))).toEqual({ current: 0, longest: 2 });
  });

  it('keeps the longest run when a later one is shorter, and counts two workouts on a day once', () => {
    const days = countsByDayNumber(new Map([['2026-01-01', 2], ['2026-01-02', 1], ['2026-01-03', 1], ['2026-01-10', 3], ['2026-01-11', 1]]));
    expect(dayStreak(days, day('2026-01-11'))).toEqual({ current: 2, longest: 3 });
  });

  it('is nothing without workouts', () => {
    expect(dayStreak(new Map(), day('2026-01-01'))).toEqual({ current: 0, longest: 0 });
  });
});

describe('the weekly goal and the weekly streak', () => {
  it('starts weeks on Monday in German and follows the locale in English', () => {
    expect(firstDayOfWeek('de-DE')).toBe(MONDAY);
    expect(firstDayOfWeek('de-AT')).toBe(MONDAY);
    expect(firstDayOfWeek('en-GB')).toBe(MONDAY);
    expect(firstDayOfWeek('en-US')).toBe(SUNDAY);
    // Sunday 2026-11-29: its week starts that day in the US, on Monday 23 November in Germany.
    expect(dayKeyFromNumber(weekStartOf(day('2026-11-29'), SUNDAY))).toBe('2026-11-29');
    expect(dayKeyFromNumber(weekStartOf(day('2026-11-29'), MONDAY))).toBe('2026-11-23');
  });

  it('keeps the weekly streak alive over rest days, across a year end', () => {
    // Weeks from Monday: 22 Dec, 29 Dec (runs into 2027), 5 Jan; three workouts each, rest days between.
    const days = daysOf('2026-12-22', '2026-12-24', '2026-12-26', '2026-12-29', '2027-01-01', '2027-01-03', '2027-01-05', '2027-01-07', '2027-01-09');
    expect(weeklyStreak(days, day('2027-01-09'), 3, MONDAY)).toEqual({ current: 3, longest: 3 });
  });

  it('counts this week once it reaches the goal, and last week’s run until then', () => {
    const days = daysOf('2026-06-01', '2026-06-03', '2026-06-05', '2026-06-08', '2026-06-10');
    expect(weeklyStreak(days, day('2026-06-10'), 3, MONDAY)).toEqual({ current: 1, longest: 1 });
    expect(weeklyStreak(days, day('2026-06-10'), 2, MONDAY)).toEqual({ current: 2, longest: 2 });
    expect(weeklyStreak(days, day('2026-06-17'), 3, MONDAY).current).toBe(0);
  });

  it('depends on where the week starts', () => {
    // Sat 6, Sun 7, Mon 8 June: one Sunday-week in the US (7 to 13 June holds Sun and Mon).
    const days = daysOf('2026-06-06', '2026-06-07', '2026-06-08');
    expect(weeklyStreak(days, day('2026-06-08'), 2, SUNDAY).current).toBe(1);
    expect(weeklyStreak(days, day('2026-06-08'), 2, MONDAY).current).toBe(1);
    expect(weeklyStreak(days, day('2026-06-08'), 3, SUNDAY).current).toBe(0);
  });
});
