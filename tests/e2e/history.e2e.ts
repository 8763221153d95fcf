import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/engine/types';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';
import { runClockUntilVisible } from './harness/run-clock-until';
import { startWithVoiceOff } from './harness/voice-off';
import { pressStart } from './harness/workout-clock';

/**
 * History in Chromium on the page clock, in Berlin's time zone: the beginners' routine (stored
 * through IndexedDB, as the player would have stored it) and a chest raise with two 20 s holds
 * (through the real player) on 1 March, the desk break the next morning.
 */
const e2e = useBrowser({ timezoneId: 'Europe/Berlin' });
beforeEach(() => startWithVoiceOff(e2e.context()));

const MINUTE_MS = 60_000;
/** 1 March 2026, 08:00 UTC: 09:00 in Berlin. */
const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);
const NEXT_MORNING = Date.UTC(2026, 2, 2, 7, 0, 0);
const GET_READY_MS = 10_000;
const REST_BETWEEN_SETS_MS = 30_000;
const CHEST_RAISE_NAME = 'Prone chest raise, arms out to the sides';

function storedWorkout(routineId: string, routineName: string, exerciseIds: string[], startedAtMs: number, durationMs: number): SessionRecord {
  return {
    routineId,
    routineName,
    startedAtMs,
    endedAtMs: startedAtMs + durationMs,
    activeMs: durationMs,
    pausedMs: 0,
    completed: true,
    stepsDone: exerciseIds.length * 4,
    stepsSkipped: 0,
    stepsExtended: 0,
    exercisesDone: exerciseIds,
    exercisesSkipped: [],
    maxHolds: [],
    exercises: exerciseIds.map((exerciseId, itemIndex) => ({ itemIndex, exerciseId, outcome: 'done' as const })),
  };
}

/** Adds workouts as the app stores them: each row and its day's count in the per-day summary, in one transaction (days seeded must differ). */
async function seedWorkouts(page: Page, records: readonly SessionRecord[]): Promise<void> {
  await page.evaluate(async (toStore) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upright');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = database.transaction(['workouts', 'days'], 'readwrite');
    const days = new Map<string, number>();
    for (const record of toStore) {
      const ids = [...new Set([...record.exercisesDone, ...record.maxHolds.map((hold) => hold.exerciseId)])];
      tx.objectStore('workouts').put({ id: `${record.startedAtMs}:${record.routineId}`, endedAtMs: record.endedAtMs, routineId: record.routineId, exerciseIds: ids, v: 1, data: record });
      const start = new Date(record.startedAtMs);
      const day = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
      days.set(day, (days.get(day) ?? 0) + 1);
    }
    // The per-day summary is one row per month: `counts[d - 1]` workouts on day d.
    for (const [day, count] of days) {
      const month = day.slice(0, 7);
      const request = tx.objectStore('days').get(month);
      request.onsuccess = () => {
        const counts: number[] = request.result?.counts ?? Array.from({ length: 31 }, () => 0);
        counts[Number(day.slice(8)) - 1]! += count;
        tx.objectStore('days').put({ month, counts });
      };
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    database.close();
  }, records);
}

/** The chest raise alone, both sets held 20 s and ended by Done, then "Too hard" and a note on the summary. */
async function chestRaiseWithTwentySecondHolds(page: Page): Promise<void> {
  await page.goto('/play/exercise/prone-chest-raise-t');
  // React reveals the lazy route after its fallback's 300 ms, a timer of the paused page clock.
  await runClockUntilVisible(page, page.getByRole('button', { name: 'Start' }));
  await pressStart(page);
  await page.clock.runFor(GET_READY_MS + 20_000);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.clock.runFor(REST_BETWEEN_SETS_MS + 20_000);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
  await page.getByRole('group', { name: 'How was it?' }).getByRole('button', { name: 'Too hard' }).click();
  await page.getByText('Saved: Too hard.').waitFor();
  await page.getByLabel('Note (optional)').fill('Arms shook, <b>second</b> set');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByText('Note saved.').waitFor();
}

async function openHistory(page: Page, path = '/history'): Promise<void> {
  await page.goto(path);
  await runClockUntilVisible(page, page.locator('h1')); // a lazy route shows after its fallback's 300 ms, on the page clock
}

async function axeInBothThemes(page: Page, view: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    expect(await axeViolations(page), `${view} in the ${colorScheme} theme`).toEqual([]);
  }
}

describe('History', () => {
  it('lists two days of workouts with their durations, a streak of 2, the chest raise’s best with its chart and table', async () => {
    const page = e2e.page();
    await page.clock.install({ time: T0 });
    await openHistory(page); // opens (and creates) the database
    await page.getByText('No workouts yet. Every finished, ended or stopped workout appears here.').waitFor();
    await seedWorkouts(page, [storedWorkout('lower-back-beginner', 'Lower back for beginners', ['quadruped-leg-raise', 'back-stretch-countermovement'], T0, 12 * MINUTE_MS)]);
    // A second tab keeps History open while the first one finishes the chest raise.
    const otherTab = await e2e.context().newPage();
    await openHistory(otherTab);
    await otherTab.getByRole('article', { name: 'Lower back for beginners' }).waitFor();
    await page.clock.pauseAt(T0 + 20 * MINUTE_MS);
    await chestRaiseWithTwentySecondHolds(page);
    // The other tab shows it once, without a reload, and counts it once.
    await otherTab.getByRole('article', { name: CHEST_RAISE_NAME }).waitFor();
    expect(await otherTab.getByRole('article').count()).toBe(2);
    await otherTab.close();
    await seedWorkouts(page, [storedWorkout('desk-break', 'Desk or TV break', ['overhead-band-pull-apart', 'bent-over-reverse-fly', 'chair-stretch'], NEXT_MORNING, 7 * MINUTE_MS)]);
    await page.clock.pauseAt(NEXT_MORNING + 30 * MINUTE_MS);
    // From here the clock runs (axe waits on timers), from the next morning on.
    await page.clock.resume();

    await openHistory(page);
    const workouts = page.getByRole('region', { name: 'Workouts' });
    const beginners = workouts.getByRole('article', { name: 'Lower back for beginners' });
    const deskBreak = workouts.getByRole('article', { name: 'Desk or TV break' });
    const chestRaise = workouts.getByRole('article', { name: CHEST_RAISE_NAME });
    expect(await beginners.getByRole('definition').first().textContent()).toBe('12 min');
    expect(await deskBreak.getByRole('definition').first().textContent()).toBe('7 min');
    expect(await chestRaise.getByText('Too hard').count()).toBe(1);
    // The note is text, not markup.
    expect(await chestRaise.getByText('Arms shook, <b>second</b> set').count()).toBe(1);
    expect(await chestRaise.locator('li').allTextContents()).toEqual([`${CHEST_RAISE_NAME}: done`, `${CHEST_RAISE_NAME}, hold 1: 0:20`, `${CHEST_RAISE_NAME}, hold 2: 0:20`]);
    // Newest first.
    expect(await workouts.getByRole('article').evaluateAll((articles) => articles.map((article) => article.querySelector('h4')?.textContent))).toEqual([
      'Desk or TV break',
      CHEST_RAISE_NAME,
      'Lower back for beginners',
    ]);
    const streaks = page.getByRole('region', { name: 'Streaks' });
    expect(await streaks.getByRole('definition').first().textContent()).toBe('2 days longest 2 days');
    expect(await page.getByRole('region', { name: 'This week' }).locator('.history-big').textContent()).toBe('3 of 3 workouts');
    expect(await page.getByRole('table', { name: 'The last 8 weeks' }).getByRole('cell', { name: /Monday, 2 March 2026: 1 workout/ }).count()).toBe(1);
    await axeInBothThemes(page, 'History');

    // Delete the desk break, and Undo.
    await deskBreak.getByRole('button', { name: /^Delete Desk or TV break/ }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await deskBreak.waitFor({ state: 'detached' });
    expect(await streaks.getByRole('definition').first().textContent()).toBe('1 day longest 1 day');
    await page.getByRole('button', { name: 'Undo' }).click();
    await workouts.getByRole('article', { name: 'Desk or TV break' }).waitFor();
    await page.getByText(/^Restored: Desk or TV break/).waitFor();

    await page.getByRole('region', { name: 'Personal bests' }).getByRole('link', { name: `${CHEST_RAISE_NAME}: 0:20` }).click();
    await page.getByRole('heading', { level: 1, name: `${CHEST_RAISE_NAME}: history` }).waitFor();
    await page.getByText('Best hold: 0:20').waitFor();
    expect(await page.getByText('Done in 1 workout.').count()).toBe(1);
    const chart = page.getByRole('img', { name: 'Hold times' });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-describedby')).toBeTruthy();
    await axeInBothThemes(page, 'the chest raise’s history with its chart');
    await page.getByRole('button', { name: 'Show as table' }).click();
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.allTextContents()).toEqual(['DateHold time', expect.stringMatching(/0:20$/)]);
    await axeInBothThemes(page, 'the chest raise’s history as a table');
  });
});
