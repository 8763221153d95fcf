import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';
import { startWithVoiceOff } from './harness/voice-off';

/**
 * Holds and bests across workouts, in Chromium with the page clock: a hold left to run into its
 * 2:00 cap is no best the next time, unless the user says it was held the whole time; a best can
 * be removed from the exercise's page.
 */
const e2e = useBrowser();
// About controls and bests, not speech: the get-ready stays the 10 s set (harness/voice-off.ts).
beforeEach(() => startWithVoiceOff(e2e.context()));

const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);
const CHEST_RAISE = '/play/exercise/prone-chest-raise-t';
const GET_READY_MS = 10_000;
const REST_BETWEEN_SETS_MS = 30_000;
const CAP_MS = 120_000;

/** Opens the chest raise alone and presses Start. */
async function startChestRaise(page: Page): Promise<void> {
  await page.goto(CHEST_RAISE);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('timer').waitFor();
}

/** Both sets of the chest raise: the first ended by Done after `firstHoldMs`, the second left to run into its cap. */
async function firstHeldThenCapped(page: Page, firstHoldMs: number): Promise<void> {
  await startChestRaise(page);
  await page.clock.runFor(GET_READY_MS + firstHoldMs);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.clock.runFor(REST_BETWEEN_SETS_MS + CAP_MS + 1_000);
  await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
}

/** What the player shows beside the stopwatch one second into the first hold of a new workout. */
async function holdGoalNextTime(page: Page): Promise<string | null> {
  await startChestRaise(page);
  await page.clock.runFor(GET_READY_MS + 1_000);
  return page.locator('.hold-goal').textContent();
}

const cappedQuestion = (page: Page) => page.getByRole('group', { name: /the hold ran to its 2:00 limit without a tap.*Did you hold the whole 2:00\?/ });

describe('a hold its cap ended', () => {
  it('is not shown as the best next time: the hold ended by Done is', async () => {
    const page = e2e.page();
    await page.clock.install({ time: T0 });
    await firstHeldThenCapped(page, 30_000);
    // The new bests come with the saved workout, which can land after the summary's heading.
    await expect.poll(() => page.locator('.new-bests li').allTextContents()).toEqual(['Prone chest raise, arms out to the sides: held 0:30']);
    await cappedQuestion(page).waitFor();
    expect(await axeViolations(page), 'the summary with its question').toEqual([]);
    // Left unanswered: the next workout's best to beat is the 0:30, not the 2:00 the cap ended.
    expect(await holdGoalNextTime(page)).toBe('Your best: 0:30. Beat it!');
  });

  it('counts once the user says it was held the whole time, and the exercise page can remove it', async () => {
    const page = e2e.page();
    await page.clock.install({ time: T0 });
    await firstHeldThenCapped(page, 30_000);
    await cappedQuestion(page).getByRole('button', { name: 'Yes' }).click();
    await page.getByText('Counted: Prone chest raise, arms out to the sides, held 2:00.').waitFor();
    await expect.poll(() => page.locator('.new-bests li').allTextContents()).toEqual(['Prone chest raise, arms out to the sides: held 2:00']);
    expect(await holdGoalNextTime(page)).toBe('Your best: 2:00. Beat it!');

    await page.getByRole('button', { name: 'End workout' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End workout' }).click();
    await page.goto('/exercises/prone-chest-raise-t');
    await page.clock.runFor(1_000); // a lazy route shows after its fallback's 300 ms, on the page clock
    const best = page.getByRole('region', { name: 'Your personal best' });
    await best.getByText('Your best: 2:00').waitFor();
    expect(await axeViolations(page), 'the exercise page with its best').toEqual([]);
    await best.getByRole('button', { name: 'Remove' }).click();
    await best.getByText('Best removed. Your next hold becomes your best.').waitFor();
    expect(await axeViolations(page), 'the exercise page after Remove').toEqual([]);
    // No best until the next hold: the player shows the first target again.
    expect(await holdGoalNextTime(page)).toBe('First target: 0:05');
  });
});

describe('removing a best', () => {
  it('is seen by another open tab at once, and so is Undo', async () => {
    await e2e.context().clock.install({ time: T0 });
    const page = e2e.page();
    await startChestRaise(page);
    await page.clock.runFor(GET_READY_MS + 40_000);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.clock.runFor(REST_BETWEEN_SETS_MS + 1_000);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'New personal best' }).waitFor();

    const tabs = [page, await e2e.context().newPage()];
    for (const tab of tabs) {
      await tab.goto('/exercises/prone-chest-raise-t');
      await tab.clock.runFor(1_000); // the lazy route's fallback, on the page clock
      await tab.getByRole('region', { name: 'Your personal best' }).getByText('Your best: 0:40').waitFor();
    }
    const [here, other] = tabs as [Page, Page];
    await here.bringToFront();
    await here.getByRole('button', { name: 'Remove' }).click();
    await here.getByRole('button', { name: 'Undo' }).waitFor();
    await other.getByRole('region', { name: 'Your personal best' }).waitFor({ state: 'detached' });
    await here.getByRole('button', { name: 'Undo' }).click();
    await other.getByRole('region', { name: 'Your personal best' }).getByText('Your best: 0:40').waitFor();
  });
});
