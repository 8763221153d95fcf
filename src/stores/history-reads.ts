import { workoutFormat, type StoredWorkout } from './formats/workout-format';
import { dayCountsOf } from './persistence/day-summary';
import { userDatabase } from './persistence/user-database';
import { decodeVersioned } from './persistence/versioned-format';

/**
 * What History reads, each through an index or the per-day summary, never a scan of every
 * workout: a page of the newest workouts, the workouts per day, one exercise's workouts.
 * A row that cannot be read is set aside and counted, not fatal.
 */
export interface ListedWorkout {
  readonly id: string;
  readonly workout: StoredWorkout;
}

export interface WorkoutPage {
  readonly workouts: readonly ListedWorkout[];
  /** Rows on this page that could not be read (damaged, or from a newer Upright). */
  readonly setAside: number;
  /** Pass as `beforeEndedAtMs` for the next older page; null when there is none. */
  readonly nextBeforeMs: number | null;
}

/**
 * Up to about `limit` workouts that ended before `beforeEndedAtMs` (null: the newest), newest
 * first, through the end-time index. Workouts ending at the same instant stay on one page.
 */
export async function readWorkoutPage(beforeEndedAtMs: number | null, limit: number): Promise<WorkoutPage> {
  const { database } = await userDatabase();
  const range = beforeEndedAtMs === null ? null : IDBKeyRange.upperBound(beforeEndedAtMs, true);
  const workouts: ListedWorkout[] = [];
  let setAside = 0;
  let read = 0;
  let lastEndedAtMs: number | null = null;
  let cursor = await database.transaction('workouts').store.index('byEndedAt').openCursor(range, 'prev');
  while (cursor) {
    const row = cursor.value;
    if (read >= limit && row.endedAtMs !== lastEndedAtMs) return { workouts, setAside, nextBeforeMs: lastEndedAtMs };
    read += 1;
    lastEndedAtMs = row.endedAtMs;
    const decoded = decodeVersioned(workoutFormat, row.v, row.data);
    if (decoded.kind === 'ok') workouts.push({ id: row.id, workout: decoded.value });
    else setAside += 1;
    cursor = await cursor.continue();
  }
  return { workouts, setAside, nextBeforeMs: null };
}

/** Workouts per local day ('YYYY-MM-DD'), from the per-day summary. */
export async function readDayCounts(): Promise<ReadonlyMap<string, number>> {
  const { database } = await userDatabase();
  return dayCountsOf(await database.getAll('days'));
}

export interface ExerciseWorkouts {
  /** The latest of them (at most the limit asked for), oldest first. */
  readonly workouts: readonly StoredWorkout[];
  /** Every stored workout with the exercise, from the index's count. */
  readonly total: number;
  readonly setAside: number;
}

/**
 * The latest `limit` stored workouts in which the exercise was done or held, oldest first, and how
 * many there are in all, through the by-exercise index. Its entries for one exercise come in row id
 * order, `${startedAtMs}:${routineId}` with 13-digit times (2001 to 2286), which is time order.
 */
export async function readExerciseWorkouts(exerciseId: string, limit: number): Promise<ExerciseWorkouts> {
  const { database } = await userDatabase();
  const tx = database.transaction('workouts');
  const index = tx.store.index('byExercise');
  const total = await index.count(exerciseId);
  const workouts: StoredWorkout[] = [];
  let setAside = 0;
  let cursor = await index.openCursor(exerciseId, 'prev');
  while (cursor && workouts.length + setAside < limit) {
    const decoded = decodeVersioned(workoutFormat, cursor.value.v, cursor.value.data);
    if (decoded.kind === 'ok') workouts.push(decoded.value);
    else setAside += 1;
    cursor = await cursor.continue();
  }
  workouts.sort((first, second) => first.endedAtMs - second.endedAtMs);
  return { workouts, total, setAside };
}
