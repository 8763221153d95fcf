/**
 * Local days, weeks and streaks, as plain numbers: pure functions, no storage, no React.
 *
 * A workout belongs to the local calendar day it started on (23:30 is that day, not the next);
 * the day is fixed when the workout is stored, in the time zone of that moment (history-days.ts).
 * Days are compared as day numbers (UTC midnight of the local date / 86,400,000), so a day is
 * always one step whatever its length: DST days of 23 or 25 hours change nothing.
 *
 * Definitions (README "History"):
 * - Day streak: consecutive local days, each with at least one workout. The current one ends
 *   today, or yesterday while today has no workout yet (the day is not over).
 * - Weekly streak: consecutive weeks, each with at least the weekly goal of workouts; rest days
 *   inside a week do not break it. The current one ends this week, or last week while this week
 *   has not reached the goal yet.
 * - Longest: the longest such run ever.
 */
const DAY_MS = 86_400_000;

/** Monday 1 … Sunday 7, as Intl.Locale weekInfo says it. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** 'YYYY-MM-DD' of the local date of `atMs` (the process's zone, or `timeZone` when given). */
export function localDayKey(atMs: number, timeZone?: string): string {
  if (timeZone === undefined) {
    const date = new Date(atMs);
    return dayKeyOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(atMs);
  const part = (type: string) => Number(parts.find((each) => each.type === type)?.value);
  return dayKeyOf(part('year'), part('month'), part('day'));
}

const dayKeyOf = (year: number, month: number, day: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The day number of a 'YYYY-MM-DD' key: consecutive dates are consecutive numbers. NaN for a malformed key. */
export function dayNumber(dayKey: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dayKey);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** The key of a day number. */
export function dayKeyFromNumber(day: number): string {
  const date = new Date(day * DAY_MS);
  return dayKeyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Monday 1 … Sunday 7 of a day number. */
export function weekdayOf(day: number): Weekday {
  const sundayZero = new Date(day * DAY_MS).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as Weekday;
}

/** The day number of the first day of the week holding `day`, for weeks starting on `firstDay`. */
export const weekStartOf = (day: number, firstDay: Weekday): number => day - ((weekdayOf(day) - firstDay + 7) % 7);

// Regions whose week starts on Sunday (CLDR), for browsers without Intl.Locale weekInfo.
const SUNDAY_REGIONS = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'IL', 'PH', 'IN', 'KR', 'TW', 'HK', 'ZA', 'PE', 'CO', 'VE']);

/** Intl.Locale's week info: a method in newer engines, a getter in older ones, missing in some. */
interface WeekInfoSource {
  readonly weekInfo?: { firstDay: number };
  readonly getWeekInfo?: () => { firstDay: number };
}

/**
 * The first day of the week for a locale tag: German weeks start on Monday (DIN 1355); English
 * follows the user's locale ("en-GB" Monday, "en-US" Sunday), through Intl where it knows.
 */
export function firstDayOfWeek(localeTag: string): Weekday {
  try {
    const locale = new Intl.Locale(localeTag);
    if (locale.language === 'de') return 1;
    const source = locale as unknown as WeekInfoSource;
    const info = typeof source.getWeekInfo === 'function' ? source.getWeekInfo() : source.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay as Weekday;
    const region = locale.maximize().region ?? '';
    return SUNDAY_REGIONS.has(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/** Workouts per day number, from the per-day summary ('YYYY-MM-DD' → count). */
export function countsByDayNumber(counts: ReadonlyMap<string, number>): ReadonlyMap<number, number> {
  const byNumber = new Map<number, number>();
  for (const [key, count] of counts) {
    const day = dayNumber(key);
    if (Number.isFinite(day) && count > 0) byNumber.set(day, (byNumber.get(day) ?? 0) + count);
  }
  return byNumber;
}

export interface Streak {
  readonly current: number;
  readonly longest: number;
}

/** Length of the run of consecutive `step`-apart units in `units` ending at `last`. */
function runEndingAt(units: ReadonlySet<number>, last: number, step: number): number {
  let length = 0;
  while (units.has(last - length * step)) length += 1;
  return length;
}

function longestRun(units: ReadonlySet<number>, step: number): number {
  let longest = 0;
  for (const unit of units) {
    if (units.has(unit - step)) continue; // Not the start of a run.
    let length = 1;
    while (units.has(unit + length * step)) length += 1;
    longest = Math.max(longest, length);
  }
  return longest;
}

/** The day streak (in days) on day number `today`. */
export function dayStreak(countsByDay: ReadonlyMap<number, number>, today: number): Streak {
  const days = new Set(countsByDay.keys());
  const current = days.has(today) ? runEndingAt(days, today, 1) : runEndingAt(days, today - 1, 1);
  return { current, longest: longestRun(days, 1) };
}

/** Workouts per week (keyed by the week's first day number). */
export function countsByWeek(countsByDay: ReadonlyMap<number, number>, firstDay: Weekday): ReadonlyMap<number, number> {
  const weeks = new Map<number, number>();
  for (const [day, count] of countsByDay) {
    const week = weekStartOf(day, firstDay);
    weeks.set(week, (weeks.get(week) ?? 0) + count);
  }
  return weeks;
}

/** The weekly streak (in weeks) on day number `today`: weeks with at least `goal` workouts. */
export function weeklyStreak(countsByDay: ReadonlyMap<number, number>, today: number, goal: number, firstDay: Weekday): Streak {
  return weeklyStreakOf(countsByWeek(countsByDay, firstDay), today, goal, firstDay);
}

/** The same, from workouts per week (countsByWeek) already counted. */
export function weeklyStreakOf(weeks: ReadonlyMap<number, number>, today: number, goal: number, firstDay: Weekday): Streak {
  const met = new Set([...weeks].filter(([, count]) => count >= goal).map(([week]) => week));
  const thisWeek = weekStartOf(today, firstDay);
  const current = met.has(thisWeek) ? runEndingAt(met, thisWeek, 7) : runEndingAt(met, thisWeek - 7, 7);
  return { current, longest: longestRun(met, 7) };
}
