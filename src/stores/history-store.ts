import * as v from 'valibot';
import { create } from 'zustand';
import type { SessionRecord } from '../engine/types';
import { storageNotices } from '../shared/storage/storage-notices';
import { bestFormat, bestRow, longestHolds, workoutFormat, workoutRow, type PersonalBest } from './formats/workout-format';
import { dataChanges } from './persistence/data-changes';
import { persistedValue } from './persistence/persisted-value';
import { userDatabase } from './persistence/user-database';
import { decodeVersioned, defineFormat } from './persistence/versioned-format';

export type { PersonalBest } from './formats/workout-format';

/**
 * The workout history and the personal best hold per exercise, in IndexedDB (one row per
 * workout). Recording a workout is one transaction that adds its row and compares and replaces
 * each best inside it, so a best only ever goes up, whichever tab finishes last. In memory this
 * tab keeps only what screens show at once (the bests and the count); other tabs' changes arrive
 * through dataChanges and are read back from the database.
 */
interface HistoryState {
  readonly ready: boolean;
  readonly bestsByExercise: Readonly<Record<string, PersonalBest>>;
  readonly workoutCount: number;
}

const EMPTY: HistoryState = { ready: false, bestsByExercise: {}, workoutCount: 0 };
const useHistoryStore = create<HistoryState>()(() => EMPTY);

export type RecordOutcome = { readonly saved: true; readonly newBests: readonly PersonalBest[] } | { readonly saved: false };

/**
 * Workouts that could not be saved (storage full or blocked), kept in localStorage as the last
 * resort so that a reload can still say what was lost, and try again.
 */
const unsavedWorkouts = persistedValue({
  ...defineFormat<readonly SessionRecord[]>({ version: 1, schema: v.pipe(v.array(workoutFormat.schema), v.maxLength(50)), migrations: [] }),
  key: 'upright:unsaved-workouts',
  messages: {
    unreadable: 'notice.unsaved.unreadable',
    newer: 'notice.unsaved.newer',
  },
});

async function readBests(): Promise<Record<string, PersonalBest>> {
  const { database } = await userDatabase();
  const rows = await database.getAll('bests');
  const bests: Record<string, PersonalBest> = {};
  for (const row of rows) {
    const decoded = decodeVersioned(bestFormat, row.v, row.data);
    if (decoded.kind === 'ok') bests[decoded.value.exerciseId] = decoded.value;
  }
  return bests;
}

async function reload(): Promise<void> {
  const { database } = await userDatabase();
  const [bestsByExercise, workoutCount] = await Promise.all([readBests(), database.count('workouts')]);
  useHistoryStore.setState({ ready: true, bestsByExercise, workoutCount });
}

/** Adds the workout and raises the bests it beat, in one transaction. Already recorded: no change. */
async function appendWorkout(record: SessionRecord): Promise<readonly PersonalBest[]> {
  const { database } = await userDatabase();
  const tx = database.transaction(['workouts', 'bests'], 'readwrite');
  const row = workoutRow(record);
  if ((await tx.objectStore('workouts').getKey(row.id)) !== undefined) {
    await tx.done;
    return [];
  }
  await tx.objectStore('workouts').add(row);
  const beaten: PersonalBest[] = [];
  for (const [exerciseId, heldMs] of longestHolds(record)) {
    const stored = await tx.objectStore('bests').get(exerciseId);
    const current = stored ? decodeVersioned(bestFormat, stored.v, stored.data) : null;
    if (current?.kind === 'newer') continue; // Written by a newer Upright: not ours to replace.
    if (current?.kind === 'ok' && current.value.heldMs >= heldMs) continue;
    const best: PersonalBest = { exerciseId, heldMs, achievedAtMs: record.endedAtMs };
    await tx.objectStore('bests').put(bestRow(best));
    beaten.push(best);
  }
  await tx.done;
  return beaten;
}

function keepUnsaved(records: readonly SessionRecord[]): void {
  if (records.length === 0) unsavedWorkouts.remove();
  else unsavedWorkouts.write(records);
  storageNotices.dismiss(unsavedWorkouts.key);
  const last = records[records.length - 1];
  if (!last) return;
  storageNotices.report({
    key: unsavedWorkouts.key,
    message: { key: records.length === 1 ? 'notice.unsaved.one' : 'notice.unsaved.many', values: { count: records.length }, dates: { when: last.endedAtMs } },
    rawValue: JSON.stringify(records),
    action: { label: 'notice.unsaved.retry', run: () => void historyActions.unsavedWorkoutsRetried() },
  });
}

let persistenceAsked = false;

/** After the first saved workout: ask the browser not to clear the history when space runs low. */
function askForPersistentStorage(): void {
  if (persistenceAsked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  persistenceAsked = true;
  navigator.storage.persist().catch(() => undefined);
}

async function record(recordToSave: SessionRecord): Promise<RecordOutcome> {
  try {
    const newBests = await appendWorkout(recordToSave);
    useHistoryStore.setState((state) => ({
      workoutCount: state.workoutCount + 1,
      bestsByExercise: { ...state.bestsByExercise, ...Object.fromEntries(newBests.map((best) => [best.exerciseId, best])) },
    }));
    dataChanges.announce({ store: 'workouts', ids: [workoutRow(recordToSave).id] });
    askForPersistentStorage();
    return { saved: true, newBests };
  } catch (error) {
    if (import.meta.env.DEV) console.warn('[storage] workout not saved', error);
    return { saved: false };
  }
}

export const historyActions = {
  /**
   * Stores a finished (or ended) workout and updates the bests; says which bests it set. When it
   * cannot be saved, it is kept for "Retry saving" and a reload still knows of it.
   */
  async workoutRecorded(finished: SessionRecord): Promise<RecordOutcome> {
    const outcome = await record(finished);
    const pending = (unsavedWorkouts.read() ?? []).filter((kept) => workoutRow(kept).id !== workoutRow(finished).id);
    keepUnsaved(outcome.saved ? pending : [...pending, finished]);
    return outcome;
  },
  /** Tries the workouts that could not be saved again; true when all are saved now. */
  async unsavedWorkoutsRetried(): Promise<boolean> {
    const stillUnsaved: SessionRecord[] = [];
    for (const kept of unsavedWorkouts.read() ?? []) if (!(await record(kept)).saved) stillUnsaved.push(kept);
    keepUnsaved(stillUnsaved);
    return stillUnsaved.length === 0;
  },
};

/** Finished workouts that ended at or after `sinceMs`, oldest first (read through the end-time index). */
export async function readWorkoutsEndedSince(sinceMs: number): Promise<readonly SessionRecord[]> {
  const { database } = await userDatabase();
  const rows = await database.getAllFromIndex('workouts', 'byEndedAt', IDBKeyRange.lowerBound(sinceMs));
  return rows.flatMap((row) => {
    const decoded = decodeVersioned(workoutFormat, row.v, row.data);
    return decoded.kind === 'ok' ? [decoded.value] : [];
  });
}

export const useHistoryReady = (): boolean => useHistoryStore((state) => state.ready);
export const useWorkoutCount = (): number => useHistoryStore((state) => state.workoutCount);
export const usePersonalBest = (exerciseId: string | null): PersonalBest | null =>
  useHistoryStore((state) => (exerciseId ? (state.bestsByExercise[exerciseId] ?? null) : null));
/** For code outside React. */
export const getPersonalBest = (exerciseId: string): PersonalBest | null => useHistoryStore.getState().bestsByExercise[exerciseId] ?? null;

/** For tests: an empty history, in the database and in memory. */
export async function resetHistoryStore(): Promise<void> {
  const { database } = await userDatabase();
  await Promise.all([database.clear('workouts'), database.clear('bests')]);
  unsavedWorkouts.remove();
  await reload();
}

/** Loaded when the module is first used; then kept in step with other tabs. */
export const historyLoaded: Promise<void> = reload()
  .then(() => historyActions.unsavedWorkoutsRetried())
  .then(() => undefined)
  .catch(() => useHistoryStore.setState({ ready: true }));
dataChanges.subscribe((change) => {
  if (change.store === 'workouts') void reload();
});
