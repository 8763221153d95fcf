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
  maxHolds: v.array(v.object({ exerciseId: id, side: v.nullable(v.picklist(['right', 'left'])), heldMs: ms })),
}) satisfies v.GenericSchema<unknown, SessionRecord>;

export const workoutFormat = defineFormat<SessionRecord>({ version: 1, schema: sessionRecordSchema, migrations: [] });

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

export function workoutRow(record: SessionRecord): WorkoutRow {
  const exerciseIds = new Set([...record.exercisesDone, ...record.maxHolds.map((hold) => hold.exerciseId)]);
  return { id: workoutId(record), endedAtMs: record.endedAtMs, routineId: record.routineId, exerciseIds: [...exerciseIds], v: workoutFormat.version, data: record };
}

export const bestRow = (best: PersonalBest): BestRow => ({ exerciseId: best.exerciseId, v: bestFormat.version, data: best });

/** The record's longest hold per exercise (holds of 0 ms are no achievement). */
export function longestHolds(record: SessionRecord): ReadonlyMap<string, number> {
  const longest = new Map<string, number>();
  for (const hold of record.maxHolds) {
    if (hold.heldMs > 0) longest.set(hold.exerciseId, Math.max(hold.heldMs, longest.get(hold.exerciseId) ?? 0));
  }
  return longest;
}
