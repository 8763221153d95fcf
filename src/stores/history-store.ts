import * as v from 'valibot';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { idSchema, sideSchema } from '../catalog/schema';
import type { SessionRecord } from '../engine/types';
import { validatedStorage } from './persistence/validated-storage';

/**
 * Finished workouts and the personal best hold per exercise, kept on this device.
 *
 * Built to stay fast at 10,000 sessions: records are appended in order (no sorting on insert),
 * and the bests live in a map updated when a record arrives, so reading a best never scans
 * the history.
 */
export interface PersonalBest {
  readonly exerciseId: string;
  readonly heldMs: number;
  readonly achievedAtMs: number;
}

interface HistoryState {
  /** Oldest first. */
  readonly records: readonly SessionRecord[];
  readonly bestHoldByExercise: Readonly<Record<string, PersonalBest>>;
}

const msSchema = v.pipe(v.number(), v.finite(), v.minValue(0));
const countSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

const recordSchema = v.object({
  routineId: v.string(),
  routineName: v.string(),
  startedAtMs: msSchema,
  endedAtMs: msSchema,
  activeMs: msSchema,
  pausedMs: msSchema,
  completed: v.boolean(),
  stepsDone: countSchema,
  stepsSkipped: countSchema,
  stepsExtended: countSchema,
  exercisesDone: v.array(v.string()),
  exercisesSkipped: v.array(v.string()),
  maxHolds: v.array(v.object({ exerciseId: idSchema, side: v.nullable(sideSchema), heldMs: msSchema })),
});

const persistedSchema = v.object({
  records: v.array(recordSchema),
  bestHoldByExercise: v.record(v.string(), v.object({ exerciseId: idSchema, heldMs: msSchema, achievedAtMs: msSchema })),
});

const STORAGE_VERSION = 1;
const EMPTY: HistoryState = { records: [], bestHoldByExercise: {} };

const useHistoryStore = create<HistoryState>()(
  persist(() => EMPTY, {
    name: 'upright:history',
    version: STORAGE_VERSION,
    storage: validatedStorage({ schema: persistedSchema, version: STORAGE_VERSION, label: 'Your workout history' }),
  }),
);

const isSameSession = (a: SessionRecord, b: SessionRecord) => a.routineId === b.routineId && a.startedAtMs === b.startedAtMs;

/** The record's longest hold per exercise that beats the stored best. */
function bestsBeaten(record: SessionRecord, bests: HistoryState['bestHoldByExercise']): PersonalBest[] {
  const longest = new Map<string, number>();
  for (const hold of record.maxHolds) longest.set(hold.exerciseId, Math.max(hold.heldMs, longest.get(hold.exerciseId) ?? 0));
  const beaten: PersonalBest[] = [];
  for (const [exerciseId, heldMs] of longest) {
    if (heldMs > 0 && heldMs > (bests[exerciseId]?.heldMs ?? 0)) beaten.push({ exerciseId, heldMs, achievedAtMs: record.endedAtMs });
  }
  return beaten;
}

export const historyActions = {
  /**
   * Stores a finished (or ended) workout and updates the bests. Returns the new personal bests
   * it set. Recording the same session twice (a reload at the finish) changes nothing.
   */
  sessionRecorded(record: SessionRecord): readonly PersonalBest[] {
    const state = useHistoryStore.getState();
    if (state.records.length > 0 && state.records.some((existing) => isSameSession(existing, record))) return [];
    const beaten = bestsBeaten(record, state.bestHoldByExercise);
    const bestHoldByExercise = { ...state.bestHoldByExercise };
    for (const best of beaten) bestHoldByExercise[best.exerciseId] = best;
    useHistoryStore.setState({ records: [...state.records, record], bestHoldByExercise });
    return beaten;
  },
};

export const useSessionRecords = (): readonly SessionRecord[] => useHistoryStore((state) => state.records);
export const usePersonalBest = (exerciseId: string | null): PersonalBest | null =>
  useHistoryStore((state) => (exerciseId ? (state.bestHoldByExercise[exerciseId] ?? null) : null));
/** For code outside React. */
export const getPersonalBest = (exerciseId: string): PersonalBest | null => useHistoryStore.getState().bestHoldByExercise[exerciseId] ?? null;

/** For tests: an empty history. */
export function resetHistoryStore(): void {
  useHistoryStore.setState(EMPTY);
}
