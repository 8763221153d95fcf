import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('gives back every record and best exactly after a reload', async () => {
    const first = record(5_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 12_000 }]);
    const second = { ...record(9_000), routineId: 'my-routine', routineName: 'Mine', completed: false, exercisesSkipped: ['pelvic-lift'] };
    historyActions.sessionRecorded(first);
    historyActions.sessionRecorded(second);
    vi.resetModules();
    const reloaded = await import('../../src/stores/history-store');
    const { result } = renderHook(() => reloaded.useSessionRecords());
    expect(result.current).toEqual([first, second]);
    expect(reloaded.getPersonalBest('prone-chest-raise-t')).toEqual({ exerciseId: 'prone-chest-raise-t', heldMs: 12_000, achievedAtMs: 605_000 });
  });

  it('stores a workout in under 100 characters, so 10,000 fit in the browser storage', () => {
    for (let index = 0; index < 100; index += 1) historyActions.sessionRecorded(record(index * 86_400_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 20_000 + index }]));
    expect(localStorage.getItem('upright:history')!.length / 100).toBeLessThan(100);
  });

  it('resets a history whose indexes point nowhere, and says so', async () => {
    localStorage.setItem(
      'upright:history',
      JSON.stringify({ state: { routines: [], exerciseIds: [], records: [[3, 0, 0, 0, 0, 1, 0, 0, 0, [], [], []]], bestHoldByExercise: {} }, version: 1 }),
    );
    vi.resetModules();
    const reloaded = await import('../../src/stores/history-store');
    const { storageNotices } = await import('../../src/stores/persistence/storage-notices');
    const { result } = renderHook(() => reloaded.useSessionRecords());
    expect(result.current).toEqual([]);
    expect(storageNotices.list()[0]?.message).toMatch(/^Your workout history could not be read \(names a routine or exercise that is not in its table\)/);
  });

  it('has no personal best for an exercise never held', () => {
    const { result } = renderHook(() => usePersonalBest('pelvic-lift'));
    expect(result.current).toBeNull();
  });

  it('resets a history with a malformed workout, and names where', async () => {
    localStorage.setItem(
      'upright:history',
      JSON.stringify({ state: { routines: [['r', 'R']], exerciseIds: [], records: [[0, 0, 0, 0, 0, 'yes', 0, 0, 0, [], [], []]], bestHoldByExercise: {} }, version: 1 }),
    );
    vi.resetModules();
    await import('../../src/stores/history-store');
    const { storageNotices } = await import('../../src/stores/persistence/storage-notices');
    expect(storageNotices.list()[0]?.message).toMatch(/\(records\.0 is not a stored workout\)/);
  });
});
