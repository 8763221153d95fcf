import * as v from 'valibot';
import type { Side } from '../../catalog/schema';
import type { SessionRecord } from '../../engine/types';

/**
 * How Upright 0.1 stored the history in localStorage (key "upright:history", zustand's
 * `{ state, version: 1 }` envelope). It is read once, to move it into IndexedDB
 * (legacy-local-migration.ts); `appendRecord` stays to build fixtures of that form in tests.
 *
 * It was compact because localStorage holds about 5 million characters per site and a history
 * must fit 10,000 workouts with room to spare. A record as plain JSON is about
 * 500 characters (5 MB for 10,000); as a tuple with the routine and exercise ids replaced by
 * indexes into two small tables it is about 70 (0.7 MB).
 */
const msSchema = v.pipe(v.number(), v.finite(), v.minValue(0));
const SIDES = [null, 'right', 'left'] as const;

/**
 * One stored workout: [routine index, startedAtMs, endedAtMs - startedAtMs, activeMs, pausedMs,
 * completed (0 or 1), stepsDone, stepsSkipped, stepsExtended, exercises done (indexes), exercises
 * skipped (indexes), max holds ([exercise index, side 0 none / 1 right / 2 left, heldMs])].
 */
type StoredRecord = [number, number, number, number, number, 0 | 1, number, number, number, number[], number[], [number, 0 | 1 | 2, number][]];

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isMs = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCountList = (value: unknown): value is number[] => Array.isArray(value) && value.every(isCount);
const isHold = (value: unknown): boolean => Array.isArray(value) && value.length === 3 && isCount(value[0]) && (value[1] === 0 || value[1] === 1 || value[1] === 2) && isMs(value[2]);

/**
 * Checked by hand rather than by a valibot tuple: at 10,000 workouts this check runs on every
 * start of the player, and a plain loop is several times faster.
 */
function isStoredRecord(value: unknown): value is StoredRecord {
  return (
    Array.isArray(value) &&
    value.length === 12 &&
    isCount(value[0]) &&
    [1, 2, 3, 4].every((index) => isMs(value[index])) &&
    (value[5] === 0 || value[5] === 1) &&
    [6, 7, 8].every((index) => isCount(value[index])) &&
    isCountList(value[9]) &&
    isCountList(value[10]) &&
    Array.isArray(value[11]) &&
    value[11].every(isHold)
  );
}

const storedRecordSchema = v.custom<StoredRecord>(isStoredRecord, 'is not a stored workout');

const storedHistoryShape = v.object({
  /** [routineId, routineName] pairs. */
  routines: v.array(v.tuple([v.string(), v.string()])),
  exerciseIds: v.array(v.string()),
  records: v.array(storedRecordSchema),
  bestHoldByExercise: v.record(v.string(), v.object({ exerciseId: v.string(), heldMs: msSchema, achievedAtMs: msSchema })),
});

export type StoredHistory = v.InferOutput<typeof storedHistoryShape>;

const indexesValid = (history: StoredHistory): boolean =>
  history.records.every(
    (record) =>
      record[0] < history.routines.length &&
      [...record[9], ...record[10], ...record[11].map((hold) => hold[0])].every((index) => index < history.exerciseIds.length),
  );

/** The stored history, with every index checked against its table. */
export const storedHistorySchema = v.pipe(storedHistoryShape, v.check(indexesValid, 'names a routine or exercise that is not in its table'));

export const EMPTY_STORED_HISTORY: StoredHistory = { routines: [], exerciseIds: [], records: [], bestHoldByExercise: {} };

export function decodeRecords(history: StoredHistory): SessionRecord[] {
  const exercise = (index: number) => history.exerciseIds[index] ?? '';
  return history.records.map((stored) => {
    const [routineIndex, startedAtMs, lengthMs, activeMs, pausedMs, completed, stepsDone, stepsSkipped, stepsExtended, done, skipped, holds] = stored;
    const [routineId, routineName] = history.routines[routineIndex] ?? ['', ''];
    return {
      routineId,
      routineName,
      startedAtMs,
      endedAtMs: startedAtMs + lengthMs,
      activeMs,
      pausedMs,
      completed: completed === 1,
      stepsDone,
      stepsSkipped,
      stepsExtended,
      exercisesDone: done.map(exercise),
      exercisesSkipped: skipped.map(exercise),
      // This form kept neither whether a cap ended a hold nor each exercise's outcome.
      maxHolds: holds.map(([index, side, heldMs]) => ({ exerciseId: exercise(index), side: SIDES[side] as Side | null, heldMs, capReached: false })),
      exercises: [],
    };
  });
}

/** Adds `value` to `table` when new (a copy), and gives its index. */
function indexIn<T>(table: readonly T[], value: T, same: (a: T, b: T) => boolean): { table: readonly T[]; index: number } {
  const found = table.findIndex((existing) => same(existing, value));
  return found >= 0 ? { table, index: found } : { table: [...table, value], index: table.length };
}

/** The stored history with `record` appended (tables extended as needed). */
export function appendRecord(history: StoredHistory, record: SessionRecord): StoredHistory {
  const routine = indexIn<readonly [string, string]>(history.routines, [record.routineId, record.routineName], (a, b) => a[0] === b[0] && a[1] === b[1]);
  let exerciseIds: readonly string[] = history.exerciseIds;
  const exercise = (id: string) => {
    const result = indexIn(exerciseIds, id, (a, b) => a === b);
    exerciseIds = result.table;
    return result.index;
  };
  const stored: StoredRecord = [
    routine.index,
    record.startedAtMs,
    Math.max(0, record.endedAtMs - record.startedAtMs),
    record.activeMs,
    record.pausedMs,
    record.completed ? 1 : 0,
    record.stepsDone,
    record.stepsSkipped,
    record.stepsExtended,
    record.exercisesDone.map(exercise),
    record.exercisesSkipped.map(exercise),
    record.maxHolds.map((hold) => [exercise(hold.exerciseId), SIDES.indexOf(hold.side), hold.heldMs] as [number, 0 | 1 | 2, number]),
  ];
  return { ...history, routines: [...routine.table] as [string, string][], exerciseIds: [...exerciseIds], records: [...history.records, stored] };
}
