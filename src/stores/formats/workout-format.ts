import * as v from 'valibot';
import type { SessionRecord } from '../../engine/types';
import type { BestRow, WorkoutRow } from '../persistence/user-database';
import { defineFormat } from '../persistence/versioned-format';

/**
 * How a workout and a personal best are stored in IndexedDB. Read back through these formats: a
 * row is untrusted like anything that comes back from storage, and one that fails is set aside,
 * not fatal.
 */
const ms = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.maxLength(200));

export const WORKOUT_RATINGS = ['too-easy', 'right', 'too-hard'] as const;
export type WorkoutRating = (typeof WORKOUT_RATINGS)[number];
export const NOTE_MAX_LENGTH = 500;

const sessionRecordSchema = v.object({
  routineId: id,
  routineName: v.pipe(v.string(), v.maxLength(200)),
  startedAtMs: ms,
  endedAtMs: ms,
  activeMs: ms,
  pausedMs: ms,
  completed: v.boolean(),
  stepsDone: count,
  stepsSkipped: count,
  stepsExtended: count,
  exercisesDone: v.array(id),
  exercisesSkipped: v.array(id),
  maxHolds: v.array(
    v.object({
      exerciseId: id,
      side: v.nullable(v.picklist(['right', 'left'])),
      heldMs: ms,
      // Added later at the same version: a row from before reads as a hold ended by Done, as it was
      // then counted, and an Upright from before ignores the new fields (nothing to migrate).
      capReached: v.optional(v.boolean(), false),
      /** The user said "yes, I held the whole time" on the summary: the capped hold counts as a best. */
      capConfirmed: v.optional(v.boolean()),
    }),
  ),
  exercises: v.optional(
    v.array(
      v.object({
        itemIndex: count,
        exerciseId: id,
        outcome: v.picklist(['done', 'ended-early', 'skipped', 'not-reached']),
        repsDone: v.optional(count),
        repCount: v.optional(count),
      }),
    ),
    [],
  ),
  // Said by the user on the summary, after the workout (both optional, added at the same version:
  // a row without them is a workout nobody rated).
  /** "How was it?": too easy, about right, too hard. */
  rating: v.optional(v.picklist(WORKOUT_RATINGS)),
  /** A short note, plain text, at most NOTE_MAX_LENGTH characters. */
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH))),
}) satisfies v.GenericSchema<unknown, SessionRecord>;

/** A workout as stored: the session's record, and what the user said about it afterwards (a confirmed capped hold). */
export type StoredWorkout = v.InferOutput<typeof sessionRecordSchema>;
export type StoredHold = StoredWorkout['maxHolds'][number];

export const workoutFormat = defineFormat<StoredWorkout>({ version: 1, schema: sessionRecordSchema, migrations: [] });

export interface PersonalBest {
  readonly exerciseId: string;
  readonly heldMs: number;
  readonly achievedAtMs: number;
}

export const bestFormat = defineFormat<PersonalBest>({
  version: 1,
  schema: v.object({ exerciseId: id, heldMs: ms, achievedAtMs: ms }),
  migrations: [],
});

/** The row id: one workout is one row however often it is recorded (a reload at the finish, two tabs). */
export const workoutId = (record: SessionRecord): string => `${record.startedAtMs}:${record.routineId}`;

export function workoutRow(record: SessionRecord | StoredWorkout): WorkoutRow {
  // Ended early is part done: the exercise's page finds the workout too.
  const endedEarly = record.exercises.filter((exercise) => exercise.outcome === 'ended-early').map((exercise) => exercise.exerciseId);
  const exerciseIds = new Set([...record.exercisesDone, ...endedEarly, ...record.maxHolds.map((hold) => hold.exerciseId)]);
  return { id: workoutId(record), endedAtMs: record.endedAtMs, routineId: record.routineId, exerciseIds: [...exerciseIds], v: workoutFormat.version, data: record };
}

export const bestRow = (best: PersonalBest): BestRow => ({ exerciseId: best.exerciseId, v: bestFormat.version, data: best });

/**
 * Whether a hold may be a personal best: one the user ended (holds of 0 ms are no achievement),
 * or a capped one the user confirmed. A hold the cap ended by itself may be a forgotten phone.
 */
export const holdCounts = (hold: StoredHold | SessionRecord['maxHolds'][number]): boolean =>
  hold.heldMs > 0 && (!hold.capReached || ('capConfirmed' in hold && hold.capConfirmed === true));

/** The record's longest hold per exercise, of the holds that count. */
export function longestHolds(record: SessionRecord | StoredWorkout): ReadonlyMap<string, number> {
  const longest = new Map<string, number>();
  for (const hold of record.maxHolds) {
    if (holdCounts(hold)) longest.set(hold.exerciseId, Math.max(hold.heldMs, longest.get(hold.exerciseId) ?? 0));
  }
  return longest;
}
