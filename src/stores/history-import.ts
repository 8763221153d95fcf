/**
 * Importing a history file: checked and previewed first (how many workouts are new, how many are
 * already here), then, on confirmation, ONE transaction that adds only the workouts not stored
 * yet (by workout id, so a second import of the same file adds nothing) and raises the bests
 * they beat with the very compare-and-raise the recorder uses. A refused file changes nothing;
 * a transaction that fails midway is rolled back by IndexedDB.
 */
import type { HistoryCheck } from '../shared/history-transfer/validate-history-document';
import { readHistoryFile } from '../shared/history-transfer/read-history-file';
import { holdCounts, workoutFormat, workoutRow, type PersonalBest, type StoredWorkout } from './formats/workout-format';
import { raiseBest, reloadHistory } from './history-store';
import { addToDays, workoutRowDay } from './persistence/day-summary';
import { dataChanges } from './persistence/data-changes';
import { userDatabase } from './persistence/user-database';

const IMPORT_BATCH_ROWS = 200;

export interface HistoryImportPreview {
  /** The file's workouts, each id once (a workout twice in the file is one workout). */
  readonly workouts: readonly StoredWorkout[];
  readonly newCount: number;
  readonly existingCount: number;
  /** Rows the file itself had set aside (from a newer Upright): not imported. */
  readonly setAsideCount: number;
}

export type HistoryFileCheck = { readonly ok: true; readonly preview: HistoryImportPreview } | { readonly ok: false; readonly message: string };

export interface HistoryImportResult {
  readonly addedCount: number;
  readonly newBests: readonly PersonalBest[];
}

function uniqueById(workouts: readonly StoredWorkout[]): StoredWorkout[] {
  const byId = new Map<string, StoredWorkout>();
  for (const workout of workouts) {
    const id = workoutRow(workout).id;
    if (!byId.has(id)) byId.set(id, workout);
  }
  return [...byId.values()];
}

/** Reads and checks the file, and counts what is new; nothing is stored. */
export async function checkHistoryFile(file: Blob, nowMs: number = Date.now()): Promise<HistoryFileCheck> {
  const checked: HistoryCheck<StoredWorkout> = await readHistoryFile(file, { workoutSchema: workoutFormat.schema, nowMs });
  if (!checked.ok) return checked;
  const workouts = uniqueById(checked.workouts);
  const { database } = await userDatabase();
  const storedIds = new Set(await database.getAllKeys('workouts'));
  const existingCount = workouts.filter((workout) => storedIds.has(workoutRow(workout).id)).length;
  return { ok: true, preview: { workouts, newCount: workouts.length - existingCount, existingCount, setAsideCount: checked.setAsideCount } };
}

/** The longest counting hold per exercise among `workouts`, with when it was held (the workout's end). */
function bestCandidates(workouts: readonly StoredWorkout[]): PersonalBest[] {
  const candidates = new Map<string, PersonalBest>();
  for (const workout of workouts) {
    for (const hold of workout.maxHolds) {
      const current = candidates.get(hold.exerciseId);
      if (holdCounts(hold) && (!current || hold.heldMs > current.heldMs)) {
        candidates.set(hold.exerciseId, { exerciseId: hold.exerciseId, heldMs: hold.heldMs, achievedAtMs: workout.endedAtMs });
      }
    }
  }
  return [...candidates.values()];
}

/** Adds the workouts not stored yet and raises the bests they beat, in one transaction. */
export async function importWorkouts(workouts: readonly StoredWorkout[]): Promise<HistoryImportResult> {
  const { database } = await userDatabase();
  // The per-day summary (streaks, calendar, weekly counts) follows in the same transaction.
  const tx = database.transaction(['workouts', 'bests', 'days'], 'readwrite');
  const store = tx.objectStore('workouts');
  const rows = uniqueById(workouts).map((workout) => ({ workout, row: workoutRow(workout) }));
  const added: typeof rows = [];
  // In batches: one-by-one round trips would take seconds for thousands of rows, and queueing all
  // at once clones every row in one long task (1.8 s for 10,000 here). Between batches the page
  // gets its turn; the transaction stays open because the next batch is queued in the last one's
  // success callback.
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_ROWS) {
    const batch = rows.slice(start, start + IMPORT_BATCH_ROWS);
    const storedKeys = await Promise.all(batch.map(({ row }) => store.getKey(row.id)));
    const fresh = batch.filter((_, index) => storedKeys[index] === undefined);
    await Promise.all(fresh.map(({ row }) => store.add(row)));
    added.push(...fresh);
  }
  const addedByDay = new Map<string, number>();
  for (const { row } of added) addedByDay.set(workoutRowDay(row), (addedByDay.get(workoutRowDay(row)) ?? 0) + 1);
  await addToDays(tx.objectStore('days'), addedByDay);
  const newBests: PersonalBest[] = [];
  for (const candidate of bestCandidates(added.map(({ workout }) => workout))) {
    const raised = await raiseBest(tx.objectStore('bests'), candidate);
    if (raised) newBests.push(raised);
  }
  await tx.done;
  if (added.length > 0) {
    dataChanges.announce({ store: 'workouts', ids: added.map(({ row }) => row.id) });
    await reloadHistory();
  }
  return { addedCount: added.length, newBests };
}
