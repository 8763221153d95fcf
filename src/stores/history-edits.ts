import { bestFormat, bestRow, longestHolds, NOTE_MAX_LENGTH, workoutFormat, workoutRow, type PersonalBest, type StoredWorkout, type WorkoutRating } from './formats/workout-format';
import { countInDay, workoutRowDay } from './persistence/day-summary';
import type { IDBPTransaction } from 'idb';
import { userDatabase, type BestRow, type UprightSchema, type WorkoutRow } from './persistence/user-database';
import { normalizeMultilineText } from '../shared/text/user-text';
import { decodeVersioned } from './persistence/versioned-format';

/**
 * Changes to one stored workout after it was recorded, each one transaction on the stored row
 * (never this tab's copy written over it): the rating and note, deletion, and its undo.
 */

/** A deleted workout as it was stored, and the best rows its deletion changed, so that Undo puts both back. */
export interface DeletedWorkout {
  readonly row: WorkoutRow;
  readonly bestRowsBefore: readonly BestRow[];
  /** The bests after the deletion: recomputed from the other workouts, or null when none is left. */
  readonly bestsAfter: readonly { readonly exerciseId: string; readonly best: PersonalBest | null }[];
}

export interface WorkoutFeedback {
  readonly rating?: WorkoutRating;
  readonly note?: string;
}

/** Sets the rating and note of the stored workout `id`; the stored workout as saved, or null when it is not (readably) stored. */
export async function updateFeedback(id: string, feedback: WorkoutFeedback): Promise<StoredWorkout | null> {
  const { database } = await userDatabase();
  const tx = database.transaction('workouts', 'readwrite');
  const row = await tx.store.get(id);
  const decoded = row ? decodeVersioned(workoutFormat, row.v, row.data) : null;
  if (decoded?.kind !== 'ok') {
    await tx.done;
    return null;
  }
  const { rating, note, ...rest } = decoded.value;
  const nextRating = 'rating' in feedback ? feedback.rating : rating;
  // Normalized as every text the user types (NFC, no control or format characters but line breaks).
  const nextNote = 'note' in feedback ? normalizeMultilineText(feedback.note ?? '').slice(0, NOTE_MAX_LENGTH) || undefined : note;
  const updated: StoredWorkout = { ...rest, ...(nextRating ? { rating: nextRating } : {}), ...(nextNote ? { note: nextNote } : {}) };
  await tx.store.put(workoutRow(updated));
  await tx.done;
  return updated;
}

type ChangeTransaction = IDBPTransaction<UprightSchema, ('workouts' | 'bests' | 'days')[], 'readwrite'>;

/** The longest counted hold of `exerciseId` among the stored workouts, read through the by-exercise index. */
async function bestFromWorkouts(tx: ChangeTransaction, exerciseId: string): Promise<PersonalBest | null> {
  const rows = await tx.objectStore('workouts').index('byExercise').getAll(exerciseId);
  let best: PersonalBest | null = null;
  for (const row of rows) {
    const decoded = decodeVersioned(workoutFormat, row.v, row.data);
    if (decoded.kind !== 'ok') continue;
    const heldMs = longestHolds(decoded.value).get(exerciseId);
    if (heldMs !== undefined && (!best || heldMs > best.heldMs)) best = { exerciseId, heldMs, achievedAtMs: decoded.value.endedAtMs };
  }
  return best;
}

/**
 * Deletes the stored workout `id`, with its count in the per-day summary, and recomputes each best
 * it held from the remaining workouts, in one transaction. Null when there was no such workout.
 */
export async function deleteWorkout(id: string): Promise<DeletedWorkout | null> {
  const { database } = await userDatabase();
  const tx: ChangeTransaction = database.transaction(['workouts', 'bests', 'days'], 'readwrite');
  const row = await tx.objectStore('workouts').get(id);
  if (!row) {
    await tx.done;
    return null;
  }
  await tx.objectStore('workouts').delete(id);
  await countInDay(tx.objectStore('days'), workoutRowDay(row), -1);
  const decoded = decodeVersioned(workoutFormat, row.v, row.data);
  const bestRowsBefore: BestRow[] = [];
  const bestsAfter: { exerciseId: string; best: PersonalBest | null }[] = [];
  if (decoded.kind === 'ok') {
    for (const [exerciseId, heldMs] of longestHolds(decoded.value)) {
      const stored = await tx.objectStore('bests').get(exerciseId);
      const current = stored ? decodeVersioned(bestFormat, stored.v, stored.data) : null;
      // Only the best this very workout set: same hold, same end time.
      if (!stored || current?.kind !== 'ok' || current.value.heldMs !== heldMs || current.value.achievedAtMs !== decoded.value.endedAtMs) continue;
      bestRowsBefore.push(stored);
      const best = await bestFromWorkouts(tx, exerciseId);
      if (best) await tx.objectStore('bests').put(bestRow(best));
      else await tx.objectStore('bests').delete(exerciseId);
      bestsAfter.push({ exerciseId, best });
    }
  }
  await tx.done;
  return { row, bestRowsBefore, bestsAfter };
}

/**
 * Undo of a deletion: the workout row back as it was (unless it is there again), with its day
 * count, and each best it held back unless a longer one was set meanwhile. The bests as restored.
 */
export async function restoreWorkout(deleted: DeletedWorkout): Promise<readonly PersonalBest[]> {
  const { database } = await userDatabase();
  const tx: ChangeTransaction = database.transaction(['workouts', 'bests', 'days'], 'readwrite');
  const restored: PersonalBest[] = [];
  if ((await tx.objectStore('workouts').getKey(deleted.row.id)) === undefined) {
    await tx.objectStore('workouts').add(deleted.row);
    await countInDay(tx.objectStore('days'), workoutRowDay(deleted.row), 1);
    for (const before of deleted.bestRowsBefore) {
      const previous = decodeVersioned(bestFormat, before.v, before.data);
      if (previous.kind !== 'ok') continue;
      const stored = await tx.objectStore('bests').get(before.exerciseId);
      const current = stored ? decodeVersioned(bestFormat, stored.v, stored.data) : null;
      if (current?.kind === 'newer' || (current?.kind === 'ok' && current.value.heldMs > previous.value.heldMs)) continue;
      await tx.objectStore('bests').put(before);
      restored.push(previous.value);
    }
  }
  await tx.done;
  return restored;
}
