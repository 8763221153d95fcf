import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/engine/types';
import { historyActions, resetHistoryStore, usePersonalBest, useSessionRecords } from '../../src/stores/history-store';

function record(startedAtMs: number, holds: { exerciseId: string; heldMs: number }[] = []): SessionRecord {
  return {
    routineId: 'lower-back-full',
    routineName: 'Lower back',
    startedAtMs,
    endedAtMs: startedAtMs + 600_000,
    activeMs: 600_000,
    pausedMs: 0,
    completed: true,
    stepsDone: 20,
    stepsSkipped: 0,
    stepsExtended: 0,
    exercisesDone: ['quadruped-leg-raise'],
    exercisesSkipped: [],
    maxHolds: holds.map((hold) => ({ ...hold, side: null })),
  };
}

beforeEach(() => resetHistoryStore());

describe('the history store', () => {
  it('keeps finished workouts in the order they happened', () => {
    const { result } = renderHook(() => useSessionRecords());
    act(() => {
      historyActions.sessionRecorded(record(1_000));
      historyActions.sessionRecorded(record(2_000));
    });
    expect(result.current.map((entry) => entry.startedAtMs)).toEqual([1_000, 2_000]);
  });

  it('sets a first personal best, and a new one only when it is beaten', () => {
    expect(historyActions.sessionRecorded(record(1_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 20_000 }]))).toEqual([
      { exerciseId: 'prone-chest-raise-t', heldMs: 20_000, achievedAtMs: 601_000 },
    ]);
    expect(historyActions.sessionRecorded(record(2_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 15_000 }]))).toEqual([]);
    expect(historyActions.sessionRecorded(record(3_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 31_000 }]))).toHaveLength(1);
    const { result } = renderHook(() => usePersonalBest('prone-chest-raise-t'));
    expect(result.current?.heldMs).toBe(31_000);
  });

  it('does not store the same workout twice', () => {
    historyActions.sessionRecorded(record(1_000));
    expect(historyActions.sessionRecorded(record(1_000))).toEqual([]);
    const { result } = renderHook(() => useSessionRecords());
    expect(result.current).toHaveLength(1);
  });

  it('survives a reload', async () => {
    historyActions.sessionRecorded(record(5_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 12_000 }]));
    const saved = JSON.parse(localStorage.getItem('upright:history')!) as { state: { records: unknown[]; bestHoldByExercise: Record<string, unknown> } };
    expect(saved.state.records).toHaveLength(1);
    expect(saved.state.bestHoldByExercise['prone-chest-raise-t']).toEqual({ exerciseId: 'prone-chest-raise-t', heldMs: 12_000, achievedAtMs: 605_000 });
  });

  it('has no personal best for an exercise never held', () => {
    const { result } = renderHook(() => usePersonalBest('pelvic-lift'));
    expect(result.current).toBeNull();
  });
});
