import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SessionRecord } from '../engine/types';
import { appendRecord, decodeRecords, EMPTY_STORED_HISTORY, storedHistorySchema, type StoredHistory } from './history-compact-form';
import { validatedStorage } from './persistence/validated-storage';

/**
 * Finished workouts and the personal best hold per exercise, kept on this device.
 *
 * Built to stay fast at 10,000 sessions: records are appended in order (no sorting on insert),
 * the bests live in a map updated when a record arrives (reading a best never scans the
 * history), and the saved form is compact (history-compact-form.ts) so 10,000 fit in storage.
 */
export interface PersonalBest {
  readonly exerciseId: string;
  readonly heldMs: number;
  readonly achievedAtMs: number;
}

interface HistoryState {
  /** Oldest first. */
  readonly records: readonly SessionRecord[];
  /** What is saved: the compact form, appended to on each insert (never re-encoded whole). */
  readonly stored: StoredHistory;
}

const STORAGE_VERSION = 1;
const EMPTY: HistoryState = { records: [], stored: EMPTY_STORED_HISTORY };

const useHistoryStore = create<HistoryState>()(
  persist(() => EMPTY, {
    name: 'upright:history',
    version: STORAGE_VERSION,
    storage: validatedStorage<StoredHistory>({ schema: storedHistorySchema, version: STORAGE_VERSION, label: 'Your workout history' }),
    partialize: (state) => state.stored,
    merge: (persisted, current) => {
      const stored = persisted as StoredHistory;
      return { ...current, stored, records: decodeRecords(stored) };
    },
  }),
);

const isSameSession = (a: SessionRecord, b: SessionRecord) => a.routineId === b.routineId && a.startedAtMs === b.startedAtMs;

/** The record's longest hold per exercise that beats the stored best. */
function bestsBeaten(record: SessionRecord, bests: StoredHistory['bestHoldByExercise']): PersonalBest[] {
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
    const beaten = bestsBeaten(record, state.stored.bestHoldByExercise);
    const bestHoldByExercise = { ...state.stored.bestHoldByExercise };
    for (const best of beaten) bestHoldByExercise[best.exerciseId] = best;
    useHistoryStore.setState({ records: [...state.records, record], stored: { ...appendRecord(state.stored, record), bestHoldByExercise } });
    return beaten;
  },
};

export const useSessionRecords = (): readonly SessionRecord[] => useHistoryStore((state) => state.records);
export const usePersonalBest = (exerciseId: string | null): PersonalBest | null =>
  useHistoryStore((state) => (exerciseId ? (state.stored.bestHoldByExercise[exerciseId] ?? null) : null));
/** For code outside React. */
export const getSessionRecords = (): readonly SessionRecord[] => useHistoryStore.getState().records;
export const getPersonalBest = (exerciseId: string): PersonalBest | null => useHistoryStore.getState().stored.bestHoldByExercise[exerciseId] ?? null;

/** For tests: an empty history. */
export function resetHistoryStore(): void {
  useHistoryStore.setState(EMPTY);
}
