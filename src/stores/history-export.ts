import type { IdentifiedWorkout } from '../shared/history-transfer/history-csv';
import type { SetAsideRow } from '../shared/history-transfer/history-document';
import { workoutFormat, type StoredWorkout } from './formats/workout-format';
import { userDatabase, type WorkoutRow } from './persistence/user-database';
import { decodeVersioned } from './persistence/versioned-format';

export interface HistoryForExport {
  /** Every workout this Upright can read, oldest first. */
  readonly workouts: readonly IdentifiedWorkout<StoredWorkout>[];
  /** Rows from a newer Upright or damaged ones, exactly as stored: the JSON export keeps them. */
  readonly setAside: readonly SetAsideRow[];
}

const PAGE_ROWS = 500;

/** A turn for the page between pages of rows, so reading 10,000 workouts is no single long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The whole history, read a page of rows at a time in id order (ids start with the start time in
 * ms, 13 digits until the year 2286, so that is start order), each page decoded before the next.
 * Workouts come out oldest first by their end.
 */
export async function readHistoryForExport(): Promise<HistoryForExport> {
  const { database } = await userDatabase();
  const workouts: IdentifiedWorkout<StoredWorkout>[] = [];
  const setAside: SetAsideRow[] = [];
  let after: string | null = null;
  for (;;) {
    const rows: readonly WorkoutRow[] = await database.getAll('workouts', after === null ? undefined : IDBKeyRange.lowerBound(after, true), PAGE_ROWS);
    for (const row of rows) {
      const decoded = decodeVersioned(workoutFormat, row.v, row.data);
      if (decoded.kind === 'ok') workouts.push({ id: row.id, workout: decoded.value });
      else setAside.push({ id: row.id, v: row.v, data: row.data });
    }
    if (rows.length < PAGE_ROWS) break;
    after = rows[rows.length - 1]!.id;
    await nextTask();
  }
  workouts.sort((first, second) => first.workout.endedAtMs - second.workout.endedAtMs);
  return { workouts, setAside };
}
