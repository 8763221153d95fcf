// The device's zone for this file, so that the days asserted below are Berlin's local days.
process.env.TZ = 'Europe/Berlin';
import { describe, expect, it } from 'vitest';
import { useTabs, workoutRecord } from './history-fixtures';
import type { SessionRecord } from '../../src/engine/types';

const CHEST_RAISE = 'prone-chest-raise-t';
const tab = useTabs();

/** A workout that starts at a local time in Berlin (month 1-based). */
function at(year: number, month: number, dayOfMonth: number, hour: number, minute: number, holds: Parameters<typeof workoutRecord>[1] = []): SessionRecord {
  return workoutRecord(new Date(year, month - 1, dayOfMonth, hour, minute).getTime(), holds);
}

describe('the per-day summary', () => {
  // First in the file: it replaces the database, which no tab of an earlier test may hold open.
  it('is built for the workouts stored before it existed when the database is upgraded', async () => {
    const first = at(2026, 10, 25, 23, 30);
    const second = at(2026, 10, 25, 9, 0);
    const third = at(2026, 10, 26, 0, 15);
    // A version 1 database, as the Upright before this one left it, with one unreadable row.
    await new Promise((resolve) => (indexedDB.deleteDatabase('upright').onsuccess = resolve));
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('upright', 1);
      request.onupgradeneeded = () => {
        const database = request.result;
        const workouts = database.createObjectStore('workouts', { keyPath: 'id' });
        workouts.createIndex('byEndedAt', 'endedAtMs');
        workouts.createIndex('byRoutine', 'routineId');
        workouts.createIndex('byExercise', 'exerciseIds', { multiEntry: true });
        for (const name of ['bests', 'routines', 'drafts', 'meta']) database.createObjectStore(name, { keyPath: name === 'bests' ? 'exerciseId' : name === 'routines' ? 'id' : 'key' });
        for (const record of [first, second, third]) {
          workouts.put({ id: `${record.startedAtMs}:${record.routineId}`, endedAtMs: record.endedAtMs, routineId: record.routineId, exerciseIds: [], v: 1, data: record });
        }
        workouts.put({ id: 'broken', endedAtMs: new Date(2026, 9, 27, 12, 0).getTime(), routineId: 'x', exerciseIds: [], v: 1, data: 'not a workout' });
      };
      request.onsuccess = () => resolve(request.result);
    });
    old.close();
    const { readDayCounts, readWorkoutPage, historyActions } = await tab();
    expect(await readDayCounts()).toEqual(new Map([['2026-10-25', 2], ['2026-10-26', 1], ['2026-10-27', 1]]));
    const page = await readWorkoutPage(null, 10);
    expect([page.workouts.length, page.setAside]).toEqual([3, 1]);
    await historyActions.workoutRecorded(at(2026, 10, 26, 20, 0));
    expect((await readDayCounts()).get('2026-10-26')).toBe(2);
  });
  it('counts each appended workout for its local start day, 23:30 included, and not twice when recorded again', async () => {
    const { historyActions, readDayCounts } = await tab();
    await historyActions.workoutRecorded(at(2026, 12, 31, 23, 30));
    await historyActions.workoutRecorded(at(2027, 1, 1, 8, 0));
    await historyActions.workoutRecorded(at(2027, 1, 1, 18, 0));
    await historyActions.workoutRecorded(at(2027, 1, 1, 18, 0));
    expect(await readDayCounts()).toEqual(new Map([['2026-12-31', 1], ['2027-01-01', 2]]));
  });

  it('follows a deletion and its undo', async () => {
    const { historyActions, readDayCounts, readWorkoutPage } = await tab();
    await historyActions.workoutRecorded(at(2026, 3, 29, 23, 30));
    await historyActions.workoutRecorded(at(2026, 3, 30, 7, 0));
    const [newest] = (await readWorkoutPage(null, 10)).workouts;
    const deleted = await historyActions.workoutDeleted(newest!.id);
    expect(await readDayCounts()).toEqual(new Map([['2026-03-29', 1]]));
    await historyActions.deletedWorkoutRestored(deleted!);
    await historyActions.deletedWorkoutRestored(deleted!);
    expect(await readDayCounts()).toEqual(new Map([['2026-03-29', 1], ['2026-03-30', 1]]));
  });

});

describe('deleting a workout', () => {
  it('gives the best back to the longest remaining hold in the same step, and Undo restores both', async () => {
    const { historyActions, getPersonalBest, readWorkoutPage } = await tab();
    await historyActions.workoutRecorded(at(2026, 5, 1, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 20_000 }]));
    await historyActions.workoutRecorded(at(2026, 5, 2, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 48_000 }]));
    // A longer hold the cap ended, never confirmed: no best, before or after the deletion.
    await historyActions.workoutRecorded(at(2026, 5, 3, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 90_000, capReached: true }]));
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(48_000);
    const best = (await readWorkoutPage(null, 10)).workouts.find((listed) => listed.workout.maxHolds[0]?.heldMs === 48_000)!;
    const deleted = await historyActions.workoutDeleted(best.id);
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(20_000);
    const reloaded = await tab();
    expect(reloaded.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(20_000);
    await historyActions.deletedWorkoutRestored(deleted!);
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(48_000);
    expect((await readWorkoutPage(null, 10)).workouts).toHaveLength(3);
  });

  it('leaves no best when the deleted workout held the only hold, and keeps a best it did not set', async () => {
    const { historyActions, getPersonalBest, readWorkoutPage } = await tab();
    await historyActions.workoutRecorded(at(2026, 5, 1, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 30_000 }]));
    await historyActions.workoutRecorded(at(2026, 5, 2, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 10_000 }]));
    const [newer, older] = (await readWorkoutPage(null, 10)).workouts;
    await historyActions.workoutDeleted(newer!.id);
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(30_000);
    await historyActions.workoutDeleted(older!.id);
    expect(getPersonalBest(CHEST_RAISE)).toBeNull();
  });

  it('does not lower a longer best another tab set before the Undo', async () => {
    const tabA = await tab();
    await tabA.historyActions.workoutRecorded(at(2026, 5, 1, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 30_000 }]));
    const [only] = (await tabA.readWorkoutPage(null, 10)).workouts;
    const deleted = await tabA.historyActions.workoutDeleted(only!.id);
    const tabB = await tab();
    await tabB.historyActions.workoutRecorded(at(2026, 5, 2, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 60_000 }]));
    await tabA.historyActions.deletedWorkoutRestored(deleted!);
    expect((await tab()).getPersonalBest(CHEST_RAISE)?.heldMs).toBe(60_000);
  });
});

describe('rating and note', () => {
  it('changes only those fields of the stored workout, and they are there after a reload', async () => {
    const first = await tab();
    const record = at(2026, 7, 1, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: 40_000, capReached: true }]);
    await first.historyActions.workoutRecorded(record);
    // Another tab confirms the capped hold meanwhile: the rating must not undo that.
    const second = await tab();
    await second.historyActions.cappedHoldConfirmed(record, 0);
    expect(await first.historyActions.workoutFeedbackGiven(record, { rating: 'too-hard' })).toBe(true);
    expect(await first.historyActions.workoutFeedbackGiven(record, { note: '  Knees hurt, "tried" it anyway  ' })).toBe(true);
    await first.closeUserDatabaseForTests();
    const [stored] = (await (await tab()).readWorkoutPage(null, 10)).workouts;
    expect(stored!.workout).toMatchObject({ rating: 'too-hard', note: 'Knees hurt, "tried" it anyway', maxHolds: [{ capConfirmed: true }] });
  });

  it('cleans a typed note as any text from outside: no bidi overrides or zero-width characters, line breaks kept', async () => {
    const { historyActions, readWorkoutPage } = await tab();
    const record = at(2026, 7, 2, 8, 0);
    await historyActions.workoutRecorded(record);
    expect(await historyActions.workoutFeedbackGiven(record, { note: 'Left\u202E side\u200B tight\r\nbetter   after\u0000 the stretch' })).toBe(true);
    const [stored] = (await readWorkoutPage(null, 10)).workouts;
    expect(stored!.workout.note).toBe('Left side tight\nbetter after the stretch');
  });

  it('says not saved for a workout that is not stored', async () => {
    const { historyActions } = await tab();
    expect(await historyActions.workoutFeedbackGiven(at(2026, 7, 1, 8, 0), { rating: 'right' })).toBe(false);
  });
});

describe('reading the history a page at a time', () => {
  it('gives the newest first and goes on from where the last page ended', async () => {
    const { historyActions, readWorkoutPage } = await tab();
    for (let dayOfMonth = 1; dayOfMonth <= 7; dayOfMonth += 1) await historyActions.workoutRecorded(at(2026, 8, dayOfMonth, 8, 0));
    const first = await readWorkoutPage(null, 3);
    const second = await readWorkoutPage(first.nextBeforeMs, 3);
    const third = await readWorkoutPage(second.nextBeforeMs, 3);
    const days = [first, second, third].flatMap((page) => page.workouts.map((listed) => new Date(listed.workout.startedAtMs).getDate()));
    expect(days).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(third.nextBeforeMs).toBeNull();
  });
});

describe('an exercise’s workouts', () => {
  it('gives the latest ones, oldest first, and how many there are in all', async () => {
    const { historyActions, readExerciseWorkouts } = await tab();
    for (let dayOfMonth = 1; dayOfMonth <= 5; dayOfMonth += 1) await historyActions.workoutRecorded(at(2026, 9, dayOfMonth, 8, 0, [{ exerciseId: CHEST_RAISE, heldMs: dayOfMonth * 1_000 }]));
    const read = await readExerciseWorkouts(CHEST_RAISE, 3);
    expect(read.total).toBe(5);
    expect(read.workouts.map((workout) => workout.maxHolds[0]?.heldMs)).toEqual([3_000, 4_000, 5_000]);
  });
});
