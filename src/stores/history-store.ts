import type { IDBPObjectStore } from 'idb';
import * as v from 'valibot';
import { create } from 'zustand';
import type { SessionRecord } from '../engine/types';
import { storageNotices } from '../shared/storage/storage-notices';
import { bestFormat, bestRow, longestHolds, workoutFormat, workoutId, workoutRow, type PersonalBest, type StoredWorkout } from './formats/workout-format';
import { deleteWorkout, restoreWorkout, updateFeedback, type DeletedWorkout, type WorkoutFeedback } from './history-edits';
import { countInDay, workoutRowDay } from './persistence/day-summary';
import { dataChanges } from './persistence/data-changes';
import { persistedValue } from './persistence/persisted-value';
import { userDatabase, type BestRow, type UprightSchema } from './persistence/user-database';
import { decodeVersioned, defineFormat } from './persistence/versioned-format';

export type { PersonalBest } from './formats/workout-format';
export type { DeletedWorkout, WorkoutFeedback } from './history-edits';

/**
 * The workout history and the personal best hold per exercise, in IndexedDB (one row per
 * workout). Recording a workout is one transaction that adds its row and compares and replaces
 * each best inside it, so a best only ever goes up, whichever tab finishes last (a hold its cap
 * ended is no best until the user confirms it; a best removed by hand is the one way down). In memory this
 * tab keeps only what screens show at once (the bests and the count); other tabs' changes arrive
 * through dataChanges and are read back from the database.
 */
interface HistoryState {
  readonly ready: boolean;
  readonly bestsByExercise: Readonly<Record<string, PersonalBest>>;
  readonly workoutCount: number;
  /** Goes up at every change of the stored history seen by this tab (its own or another's): screens that read the database read again. */
  readonly revision: number;
}

const EMPTY: HistoryState = { ready: false, bestsByExercise: {}, workoutCount: 0, revision: 0 };
const useHistoryStore = create<HistoryState>()(() => EMPTY);

export type RecordOutcome = { readonly saved: true; readonly newBests: readonly PersonalBest[] } | { readonly saved: false };

/** After "Yes, I held the whole time": `newBest` when the confirmed hold beat the stored best. */
export type ConfirmOutcome = { readonly saved: true; readonly newBest: PersonalBest | null } | { readonly saved: false };

/** A best removed by hand, as it was stored, so that Undo puts back exactly that row. */
export interface RemovedBest {
  readonly best: PersonalBest;
  readonly row: BestRow;
}

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

/**
 * Reads the bests and the count again. After the first load (`changed`), the revision goes up so
 * that screens read the database again; the first load changes nothing they have not read.
 */
async function reload(changed = true): Promise<void> {
  const { database } = await userDatabase();
  const [bestsByExercise, workoutCount] = await Promise.all([readBests(), database.count('workouts')]);
  useHistoryStore.setState((state) => ({ ready: true, bestsByExercise, workoutCount, revision: changed ? state.revision + 1 : state.revision }));
}

/** Adds the workout and raises the bests it beat, in one transaction. Already recorded: no change. */
async function appendWorkout(record: SessionRecord): Promise<readonly PersonalBest[]> {
  const { database } = await userDatabase();
  const tx = database.transaction(['workouts', 'bests', 'days'], 'readwrite');
  const row = workoutRow(record);
  if ((await tx.objectStore('workouts').getKey(row.id)) !== undefined) {
    await tx.done;
    return [];
  }
  await tx.objectStore('workouts').add(row);
  await countInDay(tx.objectStore('days'), workoutRowDay(row), 1);
  const beaten: PersonalBest[] = [];
  for (const [exerciseId, heldMs] of longestHolds(record)) {
    const best = await raiseBest(tx.objectStore('bests'), { exerciseId, heldMs, achievedAtMs: record.endedAtMs });
    if (best) beaten.push(best);
  }
  await tx.done;
  return beaten;
}

export type BestsInTransaction = IDBPObjectStore<UprightSchema, ('workouts' | 'bests' | 'days')[] | ('workouts' | 'bests')[], 'bests', 'readwrite'>;

/** Inside a transaction: stores `candidate` when it beats the stored best (or there is none); gives it back if so. */
export async function raiseBest(bests: BestsInTransaction, candidate: PersonalBest): Promise<PersonalBest | null> {
  const stored = await bests.get(candidate.exerciseId);
  const current = stored ? decodeVersioned(bestFormat, stored.v, stored.data) : null;
  if (current?.kind === 'newer') return null; // Written by a newer Upright: not ours to replace.
  if (current?.kind === 'ok' && current.value.heldMs >= candidate.heldMs) return null;
  await bests.put(bestRow(candidate));
  return candidate;
}

/**
 * Marks the stored workout's capped hold `holdIndex` as held the whole time, and raises the best
 * with it, in one transaction. Null when the workout is not stored (or not this Upright's to change).
 */
async function confirmCappedHold(record: SessionRecord, holdIndex: number): Promise<{ newBest: PersonalBest | null } | null> {
  const { database } = await userDatabase();
  const tx = database.transaction(['workouts', 'bests'], 'readwrite');
  const stored = await tx.objectStore('workouts').get(workoutId(record));
  const decoded = stored ? decodeVersioned(workoutFormat, stored.v, stored.data) : null;
  const hold = decoded?.kind === 'ok' ? decoded.value.maxHolds[holdIndex] : undefined;
  if (decoded?.kind !== 'ok' || !hold?.capReached) {
    await tx.done;
    return null;
  }
  const confirmed: StoredWorkout = {
    ...decoded.value,
    maxHolds: decoded.value.maxHolds.map((each, index) => (index === holdIndex ? { ...each, capConfirmed: true } : each)),
  };
  await tx.objectStore('workouts').put(workoutRow(confirmed));
  const newBest = hold.heldMs > 0 ? await raiseBest(tx.objectStore('bests'), { exerciseId: hold.exerciseId, heldMs: hold.heldMs, achievedAtMs: record.endedAtMs }) : null;
  await tx.done;
  return { newBest };
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
      revision: state.revision + 1,
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
  /**
   * "Yes, I held the whole time" for the capped hold `holdIndex` (of `finished.maxHolds`) of a saved
   * workout: the stored workout says so and the hold may now be the best, in one transaction.
   */
  async cappedHoldConfirmed(finished: SessionRecord, holdIndex: number): Promise<ConfirmOutcome> {
    try {
      const confirmed = await confirmCappedHold(finished, holdIndex);
      if (!confirmed) return { saved: false };
      const { newBest } = confirmed;
      useHistoryStore.setState((state) => ({ revision: state.revision + 1, bestsByExercise: newBest ? { ...state.bestsByExercise, [newBest.exerciseId]: newBest } : state.bestsByExercise }));
      dataChanges.announce({ store: 'workouts', ids: [workoutId(finished)] });
      return { saved: true, newBest };
    } catch (error) {
      if (import.meta.env.DEV) console.warn('[storage] hold not confirmed', error);
      return { saved: false };
    }
  },
  /**
   * Deletes the exercise's best (its workouts stay). What comes next is nothing until a new hold:
   * the bests are not recomputed from the history, which still holds the very hold just removed
   * (README "Bests"). Gives what was removed, for Undo; null when there was nothing to remove.
   */
  async bestRemoved(exerciseId: string): Promise<RemovedBest | null> {
    const { database } = await userDatabase();
    const tx = database.transaction('bests', 'readwrite');
    const row = await tx.store.get(exerciseId);
    const decoded = row ? decodeVersioned(bestFormat, row.v, row.data) : null;
    // A row this Upright cannot read (a newer one's) was never shown, so it is not removed either.
    if (!row || decoded?.kind !== 'ok') {
      await tx.done;
      return null;
    }
    await tx.store.delete(exerciseId);
    await tx.done;
    useHistoryStore.setState((state) => ({ bestsByExercise: Object.fromEntries(Object.entries(state.bestsByExercise).filter(([id]) => id !== exerciseId)) }));
    dataChanges.announce({ store: 'bests', ids: [exerciseId] });
    return { best: decoded.value, row };
  },
  /**
   * Undo of a removal: puts the removed row back exactly as it was, unless a longer best was set
   * meanwhile (by another tab): a best is never lowered. True when the row is back.
   */
  async removedBestRestored(removed: RemovedBest): Promise<boolean> {
    const { database } = await userDatabase();
    const tx = database.transaction('bests', 'readwrite');
    const stored = await tx.store.get(removed.best.exerciseId);
    const current = stored ? decodeVersioned(bestFormat, stored.v, stored.data) : null;
    if (current?.kind === 'newer' || (current?.kind === 'ok' && current.value.heldMs >= removed.best.heldMs)) {
      await tx.done;
      return false;
    }
    await tx.store.put(removed.row);
    await tx.done;
    useHistoryStore.setState((state) => ({ bestsByExercise: { ...state.bestsByExercise, [removed.best.exerciseId]: removed.best } }));
    dataChanges.announce({ store: 'bests', ids: [removed.best.exerciseId] });
    return true;
  },
  /** "How was it?" and the note, on the summary: changes only those fields of the stored row. False when not saved. */
  async workoutFeedbackGiven(finished: SessionRecord, feedback: WorkoutFeedback): Promise<boolean> {
    try {
      const saved = await updateFeedback(workoutId(finished), feedback);
      if (!saved) return false;
      useHistoryStore.setState((state) => ({ revision: state.revision + 1 }));
      dataChanges.announce({ store: 'workouts', ids: [workoutId(finished)] });
      return true;
    } catch (error) {
      if (import.meta.env.DEV) console.warn('[storage] feedback not saved', error);
      return false;
    }
  },
  /**
   * Deletes a workout from the history, with its day count; a best it held goes back to the best
   * of the remaining workouts. Gives what Undo needs; null when it was not stored (any more).
   */
  async workoutDeleted(id: string): Promise<DeletedWorkout | null> {
    const deleted = await deleteWorkout(id);
    if (!deleted) return null;
    useHistoryStore.setState((state) => {
      const bestsByExercise = { ...state.bestsByExercise };
      for (const { exerciseId, best } of deleted.bestsAfter) {
        if (best) bestsByExercise[exerciseId] = best;
        else delete bestsByExercise[exerciseId];
      }
      return { bestsByExercise, workoutCount: Math.max(0, state.workoutCount - 1), revision: state.revision + 1 };
    });
    dataChanges.announce({ store: 'workouts', ids: [id] });
    return deleted;
  },
  /** Undo of a deletion: the workout and the bests it held come back (a longer best set meanwhile stays). */
  async deletedWorkoutRestored(deleted: DeletedWorkout): Promise<void> {
    await restoreWorkout(deleted);
    await reload();
    dataChanges.announce({ store: 'workouts', ids: [deleted.row.id] });
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
export async function readWorkoutsEndedSince(sinceMs: number): Promise<readonly StoredWorkout[]> {
  const { database } = await userDatabase();
  const rows = await database.getAllFromIndex('workouts', 'byEndedAt', IDBKeyRange.lowerBound(sinceMs));
  return rows.flatMap((row) => {
    const decoded = decodeVersioned(workoutFormat, row.v, row.data);
    return decoded.kind === 'ok' ? [decoded.value] : [];
  });
}

export const useHistoryReady = (): boolean => useHistoryStore((state) => state.ready);
export const useWorkoutCount = (): number => useHistoryStore((state) => state.workoutCount);
export const useHistoryRevision = (): number => useHistoryStore((state) => state.revision);
/** Every personal best, for History's list. */
export const usePersonalBests = (): Readonly<Record<string, PersonalBest>> => useHistoryStore((state) => state.bestsByExercise);
export const usePersonalBest = (exerciseId: string | null): PersonalBest | null =>
  useHistoryStore((state) => (exerciseId ? (state.bestsByExercise[exerciseId] ?? null) : null));
/** For code outside React. */
export const getPersonalBest = (exerciseId: string): PersonalBest | null => useHistoryStore.getState().bestsByExercise[exerciseId] ?? null;

/** Reads the bests and the count again, after this tab changed the history outside these actions (an import). */
export const reloadHistory = (): Promise<void> => reload();

/** For tests: an empty history, in the database and in memory. */
export async function resetHistoryStore(): Promise<void> {
  const { database } = await userDatabase();
  await Promise.all([database.clear('workouts'), database.clear('bests'), database.clear('days')]);
  unsavedWorkouts.remove();
  await reload();
}

/** Loaded when the module is first used; then kept in step with other tabs. */
export const historyLoaded: Promise<void> = reload(false)
  .then(() => historyActions.unsavedWorkoutsRetried())
  .then(() => undefined)
  .catch(() => useHistoryStore.setState({ ready: true }));
dataChanges.subscribe((change) => {
  if (change.store === 'workouts' || change.store === 'bests') void reload();
});
