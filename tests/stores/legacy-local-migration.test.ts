import { describe, expect, it, vi } from 'vitest';
import { appendRecord, EMPTY_STORED_HISTORY, type StoredHistory } from '../../src/stores/formats/legacy-history-form';
import { sampleRoutine } from '../shared/routine-transfer/transfer-fixtures';
import { useTabs, workoutRecord } from './history-fixtures';
import { noticeText } from '../../src/shared/storage/notice-text';

/** Today's (Upright 0.1) localStorage forms: zustand's `{ state, version: 1 }` envelope. */
function seedVersion1Data() {
  let history: StoredHistory = EMPTY_STORED_HISTORY;
  history = appendRecord(history, workoutRecord(1_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 42_000 }]));
  history = appendRecord(history, workoutRecord(90_000_000));
  history = { ...history, bestHoldByExercise: { 'prone-chest-raise-t': { exerciseId: 'prone-chest-raise-t', heldMs: 42_000, achievedAtMs: 601_000 } } };
  localStorage.setItem('upright:history', JSON.stringify({ state: history, version: 1 }));
  localStorage.setItem('upright:custom-routines', JSON.stringify({ state: { routines: [sampleRoutine(), sampleRoutine({ id: 'my-evening', name: 'Evening' })] }, version: 1 }));
  const draft = { name: 'Half typed', purpose: '', region: 'lumbar', level: 'beginner', notes: [], items: [] };
  localStorage.setItem('upright:routine-drafts', JSON.stringify({ state: { drafts: { new: { draft, baseline: '{}' } } }, version: 1 }));
}

const tab = useTabs();

describe('moving version 1 data from localStorage into IndexedDB', () => {
  it('copies the history, bests, routines and drafts, checks them, and only then removes the old keys', async () => {
    seedVersion1Data();
    const moved = await tab();
    expect((await moved.readWorkoutsEndedSince(0)).map((workout) => workout.startedAtMs)).toEqual([1_000, 90_000_000]);
    expect(moved.getPersonalBest('prone-chest-raise-t')?.heldMs).toBe(42_000);
    expect(moved.getCustomRoutines().map((routine) => routine.id)).toEqual(['my-morning-back', 'my-evening']);
    expect(moved.getRoutineDraft('new')?.draft.name).toBe('Half typed');
    expect(['upright:history', 'upright:custom-routines', 'upright:routine-drafts'].map((key) => localStorage.getItem(key))).toEqual([null, null, null]);
    expect(moved.storageNotices.list()).toEqual([]);
  });

  it('keeps the old data where it was, says so, and succeeds on the next start when the copy fails', async () => {
    seedVersion1Data();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failed = await tab();
    expect(failed.storageNotices.list().map((notice) => noticeText(notice.message))).toContain(
      'Your workouts and routines could not be moved to the new storage this time. They are still kept, and Upright tries again the next time it starts.',
    );
    expect(localStorage.getItem('upright:history')).not.toBeNull();
    expect(localStorage.getItem('upright:custom-routines')).not.toBeNull();
    await failed.closeUserDatabaseForTests();
    vi.restoreAllMocks();

    const next = await tab();
    expect(await next.readWorkoutsEndedSince(0)).toHaveLength(2);
    expect(next.getCustomRoutines()).toHaveLength(2);
    expect(localStorage.getItem('upright:history')).toBeNull();
  });

  it('never doubles a workout when the move runs again after an interrupted try', async () => {
    seedVersion1Data();
    const history = localStorage.getItem('upright:history')!;
    const first = await tab();
    await first.closeUserDatabaseForTests();
    localStorage.setItem('upright:history', history); // as if the old keys had not been removed
    const again = await tab();
    expect(await again.readWorkoutsEndedSince(0)).toHaveLength(2);
  });

  it('sets aside an unreadable old history for download and still moves the routines', async () => {
    seedVersion1Data();
    localStorage.setItem('upright:history', '{"state":{"routines":[],"exerciseIds":[],"records":[[3,0');
    const moved = await tab();
    expect(moved.getCustomRoutines()).toHaveLength(2);
    const notice = moved.storageNotices.list().find((entry) => entry.key === 'upright:history');
    expect((notice && noticeText(notice.message))).toBe('Your workout history could not be read and was not moved to the new storage. The old data can be downloaded.');
    expect(notice?.rawValue).toContain('"records":[[3,0');
    expect(localStorage.getItem('upright:history:unreadable-backup')).toContain('"records":[[3,0');
  });
});
