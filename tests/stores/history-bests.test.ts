import { describe, expect, it, vi } from 'vitest';
import { useTabs, workoutRecord as record } from './history-fixtures';

const CHEST_RAISE = 'prone-chest-raise-t';
const tab = useTabs();

/** A workout whose chest raise ran into its 2:00 cap without a tap. */
const capped = (startedAtMs: number) => record(startedAtMs, [{ exerciseId: CHEST_RAISE, heldMs: 120_000, capReached: true }]);

describe('a hold its cap ended', () => {
  it('is stored with the workout but is no personal best', async () => {
    const { historyActions, getPersonalBest, readWorkoutsEndedSince } = await tab();
    expect(await historyActions.workoutRecorded(capped(1_000))).toEqual({ saved: true, newBests: [] });
    expect(getPersonalBest(CHEST_RAISE)).toBeNull();
    expect((await readWorkoutsEndedSince(0))[0]?.maxHolds).toEqual([{ exerciseId: CHEST_RAISE, side: null, heldMs: 120_000, capReached: true }]);
  });

  it('does not replace a shorter best the user ended', async () => {
    const { historyActions, getPersonalBest } = await tab();
    await historyActions.workoutRecorded(record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 40_000 }]));
    await historyActions.workoutRecorded(capped(2_000));
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(40_000);
  });

  it('becomes the best once confirmed: the workout row and the best change in one transaction', async () => {
    const first = await tab();
    const workout = capped(1_000);
    await first.historyActions.workoutRecorded(workout);
    const { database } = await first.userDatabase();
    const transactions = vi.spyOn(database, 'transaction');
    expect(await first.historyActions.cappedHoldConfirmed(workout, 0)).toEqual({
      saved: true,
      newBest: { exerciseId: CHEST_RAISE, heldMs: 120_000, achievedAtMs: 601_000 },
    });
    expect(transactions.mock.calls.map(([stores, mode]) => [stores, mode])).toEqual([[['workouts', 'bests'], 'readwrite']]);
    expect(first.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(120_000);
    await first.closeUserDatabaseForTests();
    const reloaded = await tab();
    expect(reloaded.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(120_000);
    expect((await reloaded.readWorkoutsEndedSince(0))[0]?.maxHolds[0]).toEqual({ exerciseId: CHEST_RAISE, side: null, heldMs: 120_000, capReached: true, capConfirmed: true });
  });

  it('confirmed, is no new best when a longer one is stored', async () => {
    const { historyActions, getPersonalBest } = await tab();
    const workout = record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 60_000, capReached: true }]);
    await historyActions.workoutRecorded(workout);
    await historyActions.workoutRecorded(record(2_000, [{ exerciseId: CHEST_RAISE, heldMs: 90_000 }]));
    expect(await historyActions.cappedHoldConfirmed(workout, 0)).toEqual({ saved: true, newBest: null });
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(90_000);
  });

  it('cannot be confirmed for a workout that is not stored, or a hold the user ended', async () => {
    const { historyActions, getPersonalBest } = await tab();
    expect(await historyActions.cappedHoldConfirmed(capped(1_000), 0)).toEqual({ saved: false });
    const ended = record(2_000, [{ exerciseId: CHEST_RAISE, heldMs: 30_000 }]);
    await historyActions.workoutRecorded(ended);
    expect(await historyActions.cappedHoldConfirmed(ended, 0)).toEqual({ saved: false });
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(30_000);
  });

  it('confirmed in one tab, is the best another tab shows', async () => {
    const tabA = await tab();
    const tabB = await tab();
    const workout = capped(1_000);
    await tabA.historyActions.workoutRecorded(workout);
    await tabA.historyActions.cappedHoldConfirmed(workout, 0);
    await vi.waitFor(() => expect(tabB.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(120_000));
  });
});

describe('removing a best', () => {
  it('deletes the best, keeps the workouts, and Undo puts the very row back', async () => {
    const { historyActions, getPersonalBest, readWorkoutsEndedSince, userDatabase } = await tab();
    await historyActions.workoutRecorded(record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 100_000 }]));
    const { database } = await userDatabase();
    const storedRow = await database.get('bests', CHEST_RAISE);
    const removed = await historyActions.bestRemoved(CHEST_RAISE);
    expect(removed?.best).toEqual({ exerciseId: CHEST_RAISE, heldMs: 100_000, achievedAtMs: 601_000 });
    expect(getPersonalBest(CHEST_RAISE)).toBeNull();
    expect(await database.get('bests', CHEST_RAISE)).toBeUndefined();
    expect(await readWorkoutsEndedSince(0)).toHaveLength(1);

    expect(await historyActions.removedBestRestored(removed!)).toBe(true);
    expect(await database.get('bests', CHEST_RAISE)).toEqual(storedRow);
    expect(getPersonalBest(CHEST_RAISE)).toEqual(removed?.best);
  });

  it('starts afresh: the next hold is the best, even shorter than older ones in the history', async () => {
    const { historyActions, getPersonalBest } = await tab();
    await historyActions.workoutRecorded(record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 50_000 }]));
    await historyActions.workoutRecorded(record(2_000, [{ exerciseId: CHEST_RAISE, heldMs: 100_000 }]));
    await historyActions.bestRemoved(CHEST_RAISE);
    expect(getPersonalBest(CHEST_RAISE)).toBeNull();
    const next = await historyActions.workoutRecorded(record(3_000, [{ exerciseId: CHEST_RAISE, heldMs: 20_000 }]));
    expect(next).toEqual({ saved: true, newBests: [{ exerciseId: CHEST_RAISE, heldMs: 20_000, achievedAtMs: 603_000 }] });
  });

  it('is told to the other tabs', async () => {
    const tabA = await tab();
    const tabB = await tab();
    await tabA.historyActions.workoutRecorded(record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 100_000 }]));
    await vi.waitFor(() => expect(tabB.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(100_000));
    const removed = await tabA.historyActions.bestRemoved(CHEST_RAISE);
    await vi.waitFor(() => expect(tabB.getPersonalBest(CHEST_RAISE)).toBeNull());
    await tabA.historyActions.removedBestRestored(removed!);
    await vi.waitFor(() => expect(tabB.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(100_000));
  });

  it('Undo never lowers a longer best set meanwhile', async () => {
    const tabA = await tab();
    const tabB = await tab();
    await tabA.historyActions.workoutRecorded(record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 30_000 }]));
    const removed = await tabA.historyActions.bestRemoved(CHEST_RAISE);
    await tabB.historyActions.workoutRecorded(record(2_000, [{ exerciseId: CHEST_RAISE, heldMs: 45_000 }]));
    expect(await tabA.historyActions.removedBestRestored(removed!)).toBe(false);
    expect((await (await tab()).getPersonalBest(CHEST_RAISE))?.heldMs).toBe(45_000);
  });

  it('has nothing to remove for an exercise never held', async () => {
    expect(await (await tab()).historyActions.bestRemoved('pelvic-lift')).toBeNull();
  });
});

describe('a workout stored before holds said whether the cap ended them', () => {
  it('loads, its holds read as ended by Done and its exercises as unknown', async () => {
    const first = await tab();
    const { database } = await first.userDatabase();
    const { exercises: _none, ...old } = record(1_000);
    const oldData = { ...old, maxHolds: [{ exerciseId: CHEST_RAISE, side: null, heldMs: 25_000 }] };
    await database.put('workouts', { id: `1000:${old.routineId}`, endedAtMs: old.endedAtMs, routineId: old.routineId, exerciseIds: [CHEST_RAISE], v: 1, data: oldData });
    expect(await first.readWorkoutsEndedSince(0)).toEqual([{ ...oldData, maxHolds: [{ exerciseId: CHEST_RAISE, side: null, heldMs: 25_000, capReached: false }], exercises: [] }]);
  });

  it('kept unsaved in localStorage from before, is saved on the next load', async () => {
    const { exercises: _none, ...old } = record(1_000, [{ exerciseId: CHEST_RAISE, heldMs: 25_000 }]);
    const oldHolds = old.maxHolds.map(({ capReached: _capReached, ...hold }) => hold);
    localStorage.setItem('upright:unsaved-workouts', JSON.stringify({ state: [{ ...old, maxHolds: oldHolds }], version: 1 }));
    const loaded = await tab();
    expect((await loaded.readWorkoutsEndedSince(0)).map((workout) => workout.startedAtMs)).toEqual([1_000]);
    expect(loaded.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(25_000);
  });
});
