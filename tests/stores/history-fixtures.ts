import { afterEach, vi } from 'vitest';
import type { SessionRecord } from '../../src/engine/types';

export function workoutRecord(startedAtMs: number, holds: { exerciseId: string; heldMs: number; capReached?: boolean }[] = []): SessionRecord {
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
    maxHolds: holds.map((hold) => ({ capReached: false, ...hold, side: null })),
    exercises: [{ itemIndex: 0, exerciseId: 'quadruped-leg-raise', outcome: 'done' }],
  };
}

/**
 * A tab: its own copy of the store modules (their memory, their database connection) over the
 * one IndexedDB and localStorage that all tabs of a site share. Opening a second one while the
 * first is kept is two tabs; closing the first before is a reload.
 */
export async function openTab() {
  vi.resetModules();
  const history = await import('../../src/stores/history-store');
  const reads = await import('../../src/stores/history-reads');
  const routines = await import('../../src/stores/custom-routines-store');
  const drafts = await import('../../src/stores/routine-drafts-store');
  const database = await import('../../src/stores/persistence/user-database');
  const notices = await import('../../src/shared/storage/storage-notices');
  await Promise.all([history.historyLoaded, routines.customRoutinesLoaded, drafts.routineDraftsLoaded]);
  return { ...history, ...reads, ...routines, ...drafts, ...database, ...notices };
}

/**
 * For a test file that opens tabs: `tab()` opens one; after each test the user's data is cleared
 * (through the last tab) and every tab's database connection closed.
 */
export function useTabs(): () => ReturnType<typeof openTab> {
  const tabs: Awaited<ReturnType<typeof openTab>>[] = [];
  afterEach(async () => {
    const last = tabs[tabs.length - 1];
    if (last) await Promise.all([last.resetHistoryStore(), last.resetCustomRoutinesStore(), last.resetRoutineDraftsStore()]);
    for (const opened of tabs.splice(0)) await opened.closeUserDatabaseForTests();
  });
  return async () => {
    const opened = await openTab();
    tabs.push(opened);
    return opened;
  };
}
