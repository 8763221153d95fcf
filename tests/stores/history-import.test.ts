import type { SessionRecord } from '../../src/engine/types';
import type { StoredWorkout } from '../../src/stores/formats/workout-format';
import { describe, expect, it } from 'vitest';
import { createHistoryDocument } from '../../src/shared/history-transfer/history-document';
import { MAX_HISTORY_FILE_BYTES, MAX_WORKOUTS_PER_FILE } from '../../src/shared/history-transfer/history-limits';
import { useTabs, workoutRecord } from './history-fixtures';

const CHEST_RAISE = 'prone-chest-raise-t';
const DAY = Date.UTC(2026, 2, 1, 8, 0, 0);
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const tab = useTabs();
/** A recorded session is a stored workout (with no rating or note yet). */
const stored = (record: SessionRecord) => record as StoredWorkout;

async function openImportTab() {
  const opened = await tab();
  // The tab's own module copies include the i18n layer: its messages need English loaded.
  await (await import('../../src/shared/i18n/i18n')).activateLanguage('en');
  return { ...opened, ...(await import('../../src/stores/history-import')), ...(await import('../../src/stores/history-export')) };
}

const file = (document: unknown) => new File([JSON.stringify(document)], 'upright-history.json', { type: 'application/json' });
const historyFile = (workouts: readonly unknown[], setAside: readonly unknown[] = []) =>
  file(createHistoryDocument(workouts, setAside as never, new Date(NOW)));

describe('checking a history file', () => {
  it.each([
    ['another app’s file', { app: 'fitness-tracker', kind: 'history', version: 1, workouts: [] }, 'This is not an Upright history file: it must be an object with "app": "upright" and "kind": "history".'],
    ['a routines file', { format: 'upright-routines', version: 1, routines: [] }, 'This is an Upright routines file, not a history. Import it under My routines.'],
    ['a newer version', { app: 'upright', kind: 'history', version: 2, workouts: [] }, 'This file was made by a newer version of Upright (format version 2); this app reads version 1.'],
    ['a list instead of an object', [], 'This is not an Upright history file: it must be an object with "app": "upright" and "kind": "history".'],
  ])('refuses %s', async (_, document, message) => {
    const { checkHistoryFile } = await openImportTab();
    expect(await checkHistoryFile(file(document), NOW)).toEqual({ ok: false, message });
  });

  it.each([
    ['a workout of 40 hours', { endedAtMs: DAY + 40 * 3_600_000 }, 'workout 1: lasts 40 hours, more than a day, which cannot be right'],
    ['a date in 2300', { startedAtMs: Date.UTC(2300, 0, 1), endedAtMs: Date.UTC(2300, 0, 1, 0, 10) }, 'workout 1, end: is in the future'],
    ['a date before 2000', { startedAtMs: Date.UTC(1999, 11, 31), endedAtMs: Date.UTC(1999, 11, 31, 0, 10) }, 'workout 1, start: is before the year 2000, which cannot be right'],
    ['a start after the end', { startedAtMs: DAY + 700_000 }, 'workout 1, end: is before the workout’s start'],
    ['a negative hold', { maxHolds: [{ exerciseId: CHEST_RAISE, side: null, heldMs: -5, capReached: false }] }, 'workout 1, hold 1, time held: must not be negative'],
    ['an active time longer than the workout', { activeMs: 900_000 }, 'workout 1, active time: is longer than the whole workout'],
    ['a rating it does not know', { rating: 'meh' }, "workout 1, rating: must be 'too-easy', 'right' or 'too-hard'"],
    ['a missing field', { routineId: undefined }, 'workout 1, routine id: is missing'],
  ])('refuses %s, naming the workout and the field', async (_, change, message) => {
    const { checkHistoryFile } = await openImportTab();
    const good = workoutRecord(DAY);
    expect(await checkHistoryFile(historyFile([workoutRecord(DAY - 86_400_000), { ...good, ...change }]), NOW)).toEqual({
      ok: false,
      message: message.replace('workout 1', 'workout 2'),
    });
  });

  it('refuses too many workouts, a file too large, an empty one and one that is not JSON', async () => {
    const { checkHistoryFile } = await openImportTab();
    const many = { app: 'upright', kind: 'history', version: 1, workouts: Array.from({ length: MAX_WORKOUTS_PER_FILE + 1 }, () => 0) };
    expect(await checkHistoryFile(file(many), NOW)).toEqual({ ok: false, message: 'This file holds 20001 workouts; a history file may hold at most 20000.' });
    const huge = { size: MAX_HISTORY_FILE_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await checkHistoryFile(huge, NOW)).toEqual({ ok: false, message: 'This file is too large (20.0 MB); a history file may be at most 20.0 MB.' });
    expect(await checkHistoryFile(new File([], 'empty.json'), NOW)).toEqual({ ok: false, message: 'This file is empty.' });
    expect((await checkHistoryFile(new File(['{"app": "upr'], 'cut.json'), NOW)).ok).toBe(false);
  });

  it('changes nothing stored when it refuses a file', async () => {
    const { checkHistoryFile, historyActions, readHistoryForExport, getPersonalBest } = await openImportTab();
    await historyActions.workoutRecorded(workoutRecord(DAY, [{ exerciseId: CHEST_RAISE, heldMs: 20_000 }]));
    const before = await readHistoryForExport();
    const bad = historyFile([workoutRecord(DAY + 86_400_000, [{ exerciseId: CHEST_RAISE, heldMs: 90_000 }]), { ...workoutRecord(DAY), activeMs: -1 }]);
    expect((await checkHistoryFile(bad, NOW)).ok).toBe(false);
    expect(await readHistoryForExport()).toEqual(before);
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(20_000);
  });

  it('counts what is new and what is here already, a workout twice in the file once', async () => {
    const { checkHistoryFile, historyActions } = await openImportTab();
    await historyActions.workoutRecorded(workoutRecord(DAY));
    const checked = await checkHistoryFile(historyFile([workoutRecord(DAY), workoutRecord(DAY + 86_400_000), workoutRecord(DAY + 86_400_000)], [{ id: 'x', v: 9, data: {} }]), NOW);
    expect(checked.ok && { ...checked.preview, workouts: checked.preview.workouts.length }).toEqual({ workouts: 2, newCount: 1, existingCount: 1, setAsideCount: 1 });
  });

  it('normalizes the texts it reads, as every text from outside', async () => {
    const { checkHistoryFile } = await openImportTab();
    const checked = await checkHistoryFile(historyFile([{ ...workoutRecord(DAY), routineName: 'Lower\u200b  back\u202e', note: 'stiff\u0000 back' }]), NOW);
    expect(checked.ok && checked.preview.workouts[0]).toMatchObject({ routineName: 'Lower back', note: 'stiff back' });
  });
});

describe('importing a history', () => {
  it('adds only the new workouts, raises the bests they beat, and a second import adds nothing', async () => {
    const { checkHistoryFile, importWorkouts, historyActions, readWorkoutsEndedSince, getPersonalBest } = await openImportTab();
    await historyActions.workoutRecorded(workoutRecord(DAY, [{ exerciseId: CHEST_RAISE, heldMs: 30_000 }]));
    const imported = historyFile([
      workoutRecord(DAY),
      workoutRecord(DAY + 86_400_000, [{ exerciseId: CHEST_RAISE, heldMs: 45_000 }]),
      workoutRecord(DAY + 2 * 86_400_000, [{ exerciseId: 'pelvic-lift', heldMs: 10_000 }, { exerciseId: CHEST_RAISE, heldMs: 200_000, capReached: true }]),
    ]);
    const checked = await checkHistoryFile(imported, NOW);
    if (!checked.ok) throw new Error(checked.message);
    const result = await importWorkouts(checked.preview.workouts);
    expect(result.addedCount).toBe(2);
    expect(result.newBests).toEqual([
      { exerciseId: CHEST_RAISE, heldMs: 45_000, achievedAtMs: DAY + 86_400_000 + 600_000 },
      { exerciseId: 'pelvic-lift', heldMs: 10_000, achievedAtMs: DAY + 2 * 86_400_000 + 600_000 },
    ]);
    // The capped hold nobody confirmed is no best, as when it was recorded.
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(45_000);
    expect(await readWorkoutsEndedSince(0)).toHaveLength(3);

    const again = await checkHistoryFile(imported, NOW);
    expect(again.ok && again.preview.newCount).toBe(0);
    expect(await importWorkouts(again.ok ? again.preview.workouts : [])).toEqual({ addedCount: 0, newBests: [] });
    expect(await readWorkoutsEndedSince(0)).toHaveLength(3);
  });

  it('imports and exports over a thousand workouts in batches, none lost or doubled, in end order', async () => {
    const { importWorkouts, historyActions, readHistoryForExport } = await openImportTab();
    await historyActions.workoutRecorded(workoutRecord(DAY + 300 * 3_600_000));
    const many = Array.from({ length: 1_100 }, (_, index) => stored(workoutRecord(DAY + index * 3_600_000)));
    expect((await importWorkouts(many)).addedCount).toBe(1_099);
    const exported = await readHistoryForExport();
    expect(exported.workouts.map(({ workout }) => workout.startedAtMs)).toEqual(many.map((workout) => workout.startedAtMs));
  });

  it('counts the imported workouts in the per-day summary that streaks and the calendar read, each once', async () => {
    const { importWorkouts, historyActions } = await openImportTab();
    const { readDayCounts } = await import('../../src/stores/history-reads');
    const { localDayKey } = await import('../../src/stores/history-calendar');
    await historyActions.workoutRecorded(workoutRecord(DAY));
    // Two on the first day (one already here), one the next; 40 more over 40 days, across a month end.
    const spread = Array.from({ length: 40 }, (_, index) => stored(workoutRecord(DAY + (index + 10) * 86_400_000)));
    const result = await importWorkouts([stored(workoutRecord(DAY)), stored(workoutRecord(DAY + 3_600_000)), stored(workoutRecord(DAY + 86_400_000)), ...spread]);
    expect(result.addedCount).toBe(42);
    const counts = await readDayCounts();
    expect(counts.get(localDayKey(DAY))).toBe(2);
    expect(counts.get(localDayKey(DAY + 86_400_000))).toBe(1);
    expect(counts.get(localDayKey(DAY + 49 * 86_400_000))).toBe(1);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(43);
    // A second import of the same changes no count.
    await importWorkouts(spread);
    expect([...(await readDayCounts()).values()].reduce((sum, count) => sum + count, 0)).toBe(43);
  });

  it('keeps a longer best already stored', async () => {
    const { importWorkouts, historyActions, getPersonalBest } = await openImportTab();
    await historyActions.workoutRecorded(workoutRecord(DAY, [{ exerciseId: CHEST_RAISE, heldMs: 90_000 }]));
    expect((await importWorkouts([stored(workoutRecord(DAY + 86_400_000, [{ exerciseId: CHEST_RAISE, heldMs: 60_000 }]))])).newBests).toEqual([]);
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(90_000);
  });

  it('tells the other tabs, which then show the new count and bests', async () => {
    const other = await openImportTab();
    const importing = await openImportTab();
    await importing.importWorkouts([stored(workoutRecord(DAY, [{ exerciseId: CHEST_RAISE, heldMs: 33_000 }]))]);
    await expect.poll(() => other.getPersonalBest(CHEST_RAISE)?.heldMs).toBe(33_000);
  });
});

describe('export then import', () => {
  it('gives the same workouts in an empty database, rating, note and confirmed holds included', async () => {
    const { historyActions, readHistoryForExport, resetHistoryStore, checkHistoryFile, importWorkouts } = await openImportTab();
    await historyActions.workoutRecorded(workoutRecord(DAY, [{ exerciseId: CHEST_RAISE, heldMs: 120_000, capReached: true }]));
    await historyActions.cappedHoldConfirmed(workoutRecord(DAY, [{ exerciseId: CHEST_RAISE, heldMs: 120_000, capReached: true }]), 0);
    await historyActions.workoutRecorded({ ...workoutRecord(DAY + 86_400_000), rating: 'too-hard', note: 'Felt "good",\nthen stiff' } as never);
    const exported = await readHistoryForExport();
    const json = JSON.stringify(createHistoryDocument(exported.workouts.map(({ workout }) => workout), exported.setAside, new Date(NOW)));
    await resetHistoryStore();
    expect((await readHistoryForExport()).workouts).toEqual([]);

    const checked = await checkHistoryFile(new File([json], 'history.json'), NOW);
    if (!checked.ok) throw new Error(checked.message);
    expect((await importWorkouts(checked.preview.workouts)).addedCount).toBe(2);
    expect(await readHistoryForExport()).toEqual(exported);
  });

  it('keeps the rows this version cannot read in the JSON, raw', async () => {
    const { readHistoryForExport, userDatabase } = await openImportTab();
    const { database } = await userDatabase();
    await database.put('workouts', { id: '1:future', endedAtMs: 1, routineId: 'future', exerciseIds: [], v: 99, data: { newShape: true } });
    await database.put('workouts', { id: '2:broken', endedAtMs: 2, routineId: 'broken', exerciseIds: [], v: 1, data: { routineId: 42 } });
    expect((await readHistoryForExport()).setAside).toEqual([
      { id: '1:future', v: 99, data: { newShape: true } },
      { id: '2:broken', v: 1, data: { routineId: 42 } },
    ]);
  });
});
