import { localDayKey } from '../history-calendar';
import type { DayRow, WorkoutRow } from './user-database';

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
  get(day: string): Promise<DayRow | undefined>;
  put(row: DayRow): Promise<unknown>;
  delete(day: string): Promise<void>;
}

/** Inside the transaction that adds (+1) or deletes (-1) a workout: the per-day summary follows. */
export async function countInDay(days: DaysInTransaction, day: string, delta: 1 | -1): Promise<void> {
  const count = ((await days.get(day))?.count ?? 0) + delta;
  if (count > 0) await days.put({ day, count });
  else await days.delete(day);
}
