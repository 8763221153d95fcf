import { localDayKey } from '../history-calendar';
import type { MonthRow, WorkoutRow } from './user-database';

/**
 * The local day a stored workout counts for: the day it started (its content's startedAtMs, or
 * the row's end time when the content cannot be read), in this device's time zone.
 */
export function workoutRowDay(row: Pick<WorkoutRow, 'endedAtMs' | 'data'>): string {
  const startedAtMs = (row.data as { startedAtMs?: unknown } | null)?.startedAtMs;
  return localDayKey(typeof startedAtMs === 'number' && Number.isFinite(startedAtMs) ? startedAtMs : row.endedAtMs);
}

/** The `days` store inside a write transaction (idb's store types are too many to name here). */
export interface DaysInTransaction {
  get(month: string): Promise<MonthRow | undefined>;
  put(row: MonthRow): Promise<unknown>;
  delete(month: string): Promise<void>;
}

const DAYS_IN_ROW = 31;

/** Inside the transaction that adds (+1) or deletes (-1) a workout: the per-day summary follows. */
export async function countInDay(days: DaysInTransaction, day: string, delta: 1 | -1): Promise<void> {
  const month = day.slice(0, 7);
  const index = Number(day.slice(8, 10)) - 1;
  if (!(index >= 0 && index < DAYS_IN_ROW)) return;
  const stored = await days.get(month);
  const counts = Array.from({ length: DAYS_IN_ROW }, (_, each) => stored?.counts[each] ?? 0);
  counts[index] = Math.max(0, counts[index]! + delta);
  if (counts.some((count) => count > 0)) await days.put({ month, counts });
  else await days.delete(month);
}

/**
 * Inside the transaction that adds many workouts at once (an import): each month row is read
 * and written once, however many of its days gain workouts.
 */
export async function addToDays(days: DaysInTransaction, addedByDay: ReadonlyMap<string, number>): Promise<void> {
  for (const row of monthRows(addedByDay)) {
    const stored = await days.get(row.month);
    const counts = row.counts.map((added, index) => (stored?.counts[index] ?? 0) + added);
    await days.put({ month: row.month, counts });
  }
}

/** Month rows for workouts counted per day ('YYYY-MM-DD' → count), as the upgrade builds them. */
export function monthRows(countsByDay: ReadonlyMap<string, number>): MonthRow[] {
  const months = new Map<string, number[]>();
  for (const [day, count] of countsByDay) {
    const month = day.slice(0, 7);
    const counts = months.get(month) ?? Array.from({ length: DAYS_IN_ROW }, () => 0);
    counts[Number(day.slice(8, 10)) - 1] = count;
    months.set(month, counts);
  }
  return [...months].map(([month, counts]) => ({ month, counts }));
}

/** Back from month rows to workouts per day ('YYYY-MM-DD' → count), days without any left out. */
export function dayCountsOf(rows: readonly MonthRow[]): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const row of rows) {
    if (typeof row.month !== 'string' || !Array.isArray(row.counts)) continue; // Not ours: set aside.
    row.counts.forEach((count, index) => {
      if (Number.isInteger(count) && count > 0) byDay.set(`${row.month}-${String(index + 1).padStart(2, '0')}`, count);
    });
  }
  return byDay;
}
