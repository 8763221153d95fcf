import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';
import { runClockUntilVisible } from './harness/run-clock-until';
import { instrumentSpeechAndAudio, spokenCues } from './player-instruments';

/**
 * Several tabs of one browser, as a phone restores them: pages of one context share its
 * IndexedDB, localStorage, Web Locks and BroadcastChannel, and (in Playwright) one clock, as
 * tabs on one device share the time.
 */
const e2e = useBrowser();

const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);
const CHEST_RAISE = '/play/exercise/prone-chest-raise-t';
/**
 * Get-ready lengths in English with the default settings: the set 10 s, made longer by what the
 * words need (the exercise, its side and its whole setup, then the 3-2-1).
 */
const CHEST_RAISE_GET_READY_MS = 16_000;
const QUADRUPED_GET_READY_MS = 25_000;
const REST_BETWEEN_SETS_MS = 30_000;

async function openTab(path: string): Promise<Page> {
  const page = await e2e.context().newPage();
  await instrumentSpeechAndAudio(page);
  await page.goto(path);
  return page;
}


/** Runs the shared clock on by `ms`, firing timers in every tab on the way. */
async function runFor(page: Page, ms: number): Promise<void> {
  await page.clock.runFor(ms);
}

/** Both sets of the prone chest raise, the first held `holdMs`; ends on the summary. */
async function holdChestRaise(page: Page, holdMs: number): Promise<void> {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Start' }).click();
  await runFor(page, CHEST_RAISE_GET_READY_MS + holdMs);
  await page.getByRole('button', { name: 'Done' }).click();
  await runFor(page, REST_BETWEEN_SETS_MS + 1_000);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
}

async function workoutsStored(page: Page): Promise<string> {
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Your data on this device' });
  await runClockUntilVisible(page, section.getByText(/workouts? and/));
  return (await section.getByText(/workouts? and/).textContent()) ?? '';
}

describe('several tabs of one browser', () => {
  it('keeps the longer best when a tab opened earlier finishes a shorter hold later, and a third tab shows it', async () => {
    await e2e.context().clock.install({ time: T0 });
    const tabB = await openTab(CHEST_RAISE); // opened first, as an old restored tab
    const tabA = await openTab(CHEST_RAISE);
    await holdChestRaise(tabA, 100_000);
    await tabA.getByRole('heading', { name: 'New personal best' }).waitFor();
    expect(await tabA.locator('.new-bests').textContent()).toContain('held 1:40');

    await holdChestRaise(tabB, 5_000);
    // Saved, and compared with the stored best inside the same transaction: no new best.
    await expect.poll(() => workoutsStored(tabA)).toMatch(/^2 workouts/);
    expect(await tabB.getByRole('heading', { name: 'New personal best' }).count()).toBe(0);

    const tabC = await openTab(CHEST_RAISE);
    await tabC.getByRole('button', { name: 'Start' }).click();
    await runFor(tabC, CHEST_RAISE_GET_READY_MS + 1_000);
    await tabC.getByText('Your best: 1:40. Beat it!').waitFor();
  });

  it('keeps both tabs’ finished workouts in the history', async () => {
    await e2e.context().clock.install({ time: T0 });
    const tabA = await openTab('/play/desk-break');
    const tabB = await openTab('/play/lower-back-beginner');
    await tabB.getByRole('button', { name: 'Start' }).click();
    await runFor(tabB, 5 * 60_000);
    await tabB.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
    await tabA.bringToFront();
    await tabA.getByRole('button', { name: 'Start' }).click();
    await runFor(tabA, 5 * 60_000);
    await tabA.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
    const tabC = await openTab('/');
    expect(await workoutsStored(tabC)).toMatch(/^2 workouts and 0 routines/);
  });

  it('keeps the routines saved from share links in two open tabs, and a new tab lists both', async () => {
    const tabA = await openTab('/');
    const tabB = await openTab('/');
    const link = async (page: Page, routineId: string) => {
      await page.goto(`/routines/${routineId}`);
      await page.getByRole('button', { name: /^Share/ }).first().click();
      const field = page.getByLabel(/^Share link for/);
      await expect.poll(() => field.inputValue()).toMatch(/\/shared#r=[A-Za-z0-9_-]+$/);
      return field.inputValue();
    };
    const [linkA, linkB] = [await link(tabA, 'upper-back'), await link(tabB, 'desk-break')];
    await tabA.goto(linkA);
    await tabB.goto(linkB);
    await tabA.getByRole('button', { name: 'Save to my routines' }).click();
    await tabA.getByRole('status').filter({ hasText: 'Saved in My routines.' }).waitFor();
    await tabB.getByRole('button', { name: 'Save to my routines' }).click();
    await tabB.getByRole('status').filter({ hasText: 'Saved in My routines.' }).waitFor();
    const tabC = await openTab('/my-routines');
    const names = tabC.locator('.custom-routine-list h2');
    await expect.poll(() => names.count()).toBe(2);
    expect((await names.allTextContents()).sort()).toEqual(['Desk or TV break', 'Upper back']);
  });

  it('shows a second tab that the workout runs in another tab, and Continue here moves it there', async () => {
    await e2e.context().clock.install({ time: T0 });
    const tabA = await openTab('/play/lower-back-full');
    await tabA.getByRole('button', { name: 'Start' }).waitFor();
    await tabA.clock.pauseAt(T0 + 60_000); // from here time moves only when the test says so
    await tabA.getByRole('button', { name: 'Start' }).click();
    await runFor(tabA, QUADRUPED_GET_READY_MS + 15_000);
    expect(await tabA.getByRole('timer').textContent()).toBe('0:10');

    const tabB = await openTab('/play/lower-back-full');
    await runFor(tabB, 1_000); // the workout's second that the timer below checks
    // React shows a lazy route only after its fallback's 300 ms, a timer of the paused clock.
    await runClockUntilVisible(tabB, tabB.getByRole('heading', { name: 'A workout is running in another tab' }));
    expect(await tabB.getByRole('button', { name: 'Start' }).count()).toBe(0);
    await tabB.getByRole('button', { name: 'Continue here' }).click();
    await tabB.getByRole('timer').waitFor();
    expect(await tabB.getByRole('timer').textContent()).toBe('0:09');

    await tabA.getByRole('heading', { name: 'This workout moved to another tab' }).waitFor();
    expect(await tabA.getByRole('timer').count()).toBe(0);
    const spokenBefore = (await spokenCues(tabA)).length;
    await runFor(tabB, 60_000);
    expect((await spokenCues(tabA)).length).toBe(spokenBefore);
    expect((await spokenCues(tabB)).length).toBeGreaterThan(0);
    // Opening the second tab ended nothing: the history is still empty.
    const tabC = await openTab('/');
    expect(await workoutsStored(tabC)).toMatch(/^0 workouts/);
  });
});
