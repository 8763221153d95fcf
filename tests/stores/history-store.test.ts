import { describe, expect, it } from 'vitest';
import { useTabs, workoutRecord as record } from './history-fixtures';
import { noticeText } from '../../src/shared/storage/notice-text';
import { translate } from '../../src/shared/i18n/i18n';

const CHEST_RAISE = 'prone-chest-raise-t';
const tab = useTabs();

describe('the history store', () => {
  it('sets a first personal best, and a new one only when it is beaten', async () => {
    const { historyActions, getPersonalBest } = await tab();
    expect(await historyActions.workoutRecorded(record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 20_000 }]))).toEqual({
      saved: true,
      newBests: [{ exerciseId: CHEST_RAISE, heldMs: 20_000, achievedAtMs: 601_000 }],
    });
    expect(await historyActions.workoutRecorded(record(2_000, [{ exerciseId: CHEST_RAISE, heldMs: 15_000 }]))).toEqual({ saved: true, newBests: [] });
    expect((await historyActions.workoutRecorded(record(3_000, [{ exerciseId: CHEST_RAISE, heldMs: 31_000 }]))).saved).toBe(true);
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(31_000);
  });

  it('does not store the same workout twice', async () => {
    const { historyActions, readWorkoutsEndedSince } = await tab();
    await historyActions.workoutRecorded(record(1_000));
    expect(await historyActions.workoutRecorded(record(1_000))).toEqual({ saved: true, newBests: [] });
    expect(await readWorkoutsEndedSince(0)).toHaveLength(1);
  });

  it('gives back every workout and best exactly after a reload', async () => {
    const first = record(5_000, [{ exerciseId: CHEST_RAISE, heldMs: 12_000 }]);
    const second = { ...record(9_000), routineId: 'my-routine', routineName: 'Mine', completed: false, exercisesSkipped: ['pelvic-lift'] };
    const before = await tab();
    await before.historyActions.workoutRecorded(first);
    await before.historyActions.workoutRecorded(second);
    await before.closeUserDatabaseForTests();
    const reloaded = await tab();
    expect(await reloaded.readWorkoutsEndedSince(0)).toEqual([first, second]);
    expect(reloaded.getPersonalBest(CHEST_RAISE)).toEqual({ exerciseId: CHEST_RAISE, heldMs: 12_000, achievedAtMs: 605_000 });
  });

  it('keeps the longer best when an older tab finishes a shorter hold later', async () => {
    const tabB = await tab(); // opened earlier: it has not seen A's best
    const tabA = await tab();
    await tabA.historyActions.workoutRecorded(record(10_000, [{ exerciseId: CHEST_RAISE, heldMs: 120_000 }]));
    const outcomeB = await tabB.historyActions.workoutRecorded(record(20_000, [{ exerciseId: CHEST_RAISE, heldMs: 5_000 }]));
    expect(outcomeB).toEqual({ saved: true, newBests: [] });
    const third = await tab();
    expect(third.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(120_000);
  });

  it('keeps both tabs’ workouts', async () => {
    const tabA = await tab();
    const tabB = await tab();
    await tabB.historyActions.workoutRecorded(record(1_000));
    await tabA.historyActions.workoutRecorded(record(2_000));
    expect((await (await tab()).readWorkoutsEndedSince(0)).map((workout) => workout.startedAtMs)).toEqual([1_000, 2_000]);
  });

  it('reads the workouts of the last days through the end-time index', async () => {
    const { historyActions, readWorkoutsEndedSince } = await tab();
    for (const day of [1, 2, 40, 41]) await historyActions.workoutRecorded(record(day * 86_400_000));
    expect((await readWorkoutsEndedSince(40 * 86_400_000)).map((workout) => workout.startedAtMs / 86_400_000)).toEqual([40, 41]);
  });

  it('has no personal best for an exercise never held', async () => {
    expect((await tab()).getPersonalBest('pelvic-lift')).toBeNull();
  });

  it('leaves a best written by a newer Upright alone', async () => {
    const first = await tab();
    const { database } = await first.userDatabase();
    await database.put('bests', { exerciseId: CHEST_RAISE, v: 99, data: { someday: true } });
    const outcome = await first.historyActions.workoutRecorded(record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 30_000 }]));
    expect(outcome).toEqual({ saved: true, newBests: [] });
    expect(await database.get('bests', CHEST_RAISE)).toEqual({ exerciseId: CHEST_RAISE, v: 99, data: { someday: true } });
  });
});

describe('a workout that cannot be saved', () => {
  it('is kept, said with when it ended, and saved by Retry once storage works again', async () => {
    const first = await tab();
    const { database } = await first.userDatabase();
    database.close(); // every transaction now fails, as with a full or blocked storage
    const lost = record(Date.UTC(2026, 10, 30, 18, 0));
    expect(await first.historyActions.workoutRecorded(lost)).toEqual({ saved: false });
    const notice = first.storageNotices.list().find((entry) => entry.key === 'upright:unsaved-workouts');
    expect((notice && noticeText(notice.message))).toMatch(/^Your workout that ended .* could not be saved/);
    expect(notice?.action && translate(notice.action.label)).toBe('Retry saving');
    await first.closeUserDatabaseForTests();

    const reloaded = await tab(); // the reload retries by itself
    expect(await reloaded.readWorkoutsEndedSince(0)).toEqual([lost]);
    expect(localStorage.getItem('upright:unsaved-workouts')).toBeNull();
  });
});
