import type { IdentifiedWorkout } from '../shared/history-transfer/history-csv';
import type { SetAsideRow } from '../shared/history-transfer/history-document';
import { workoutFormat, type StoredWorkout } from './formats/workout-format';
import { userDatabase } from './persistence/user-database';
import { decodeVersioned } from './persistence/versioned-format';

export interface HistoryForExport {
  /** Every workout this Upright can read, oldest first. */
  readonly workouts: readonly IdentifiedWorkout<StoredWorkout>[];
  /** Rows from a newer Upright or damaged ones, exactly as stored: the JSON export keeps them. */
  readonly setAside: readonly SetAsideRow[];
}

/** The whole history, read in one go through the end-time index (10,000 workouts are a few MB). */
export async function readHistoryForExport(): Promise<HistoryForExport> {
  const { database } = await userDatabase();
  const rows = await database.getAllFromIndex('workouts', 'byEndedAt');
  const workouts: IdentifiedWorkout<StoredWorkout>[] = [];
  const setAside: SetAsideRow[] = [];
  for (const row of rows) {
    const decoded = decodeVersioned(workoutFormat, row.v, row.data);
    if (decoded.kind === 'ok') workouts.push({ id: row.id, workout: decoded.value });
    else setAside.push({ id: row.id, v: row.v, data: row.data });
  }
  return { workouts, setAside };
}
