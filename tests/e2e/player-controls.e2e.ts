import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';
import { pressStart, runTo, START_AT, T0 } from './harness/workout-clock';
import { runClockUntilVisible } from './harness/run-clock-until';
import { startWithVoiceOff } from './harness/voice-off';

const e2e = useBrowser();
// About controls and bests, not speech: the get-ready stays the 10 s set (harness/voice-off.ts).
beforeEach(() => startWithVoiceOff(e2e.context()));

const HOUR_MS = 3_600_000;

/** Home first, then the routine's Start link (in-app, so the browser's Back returns to Home), then Start at START_AT. */
async function startFromHome(page: Page, routineId: string): Promise<void> {
  await page.clock.install({ time: T0 });
  await page.goto('/');
  await page.locator(`a[href="/play/${routineId}"]`).first().click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.clock.pauseAt(START_AT);
  await pressStart(page);
}


async function shown(page: Page) {
  return page.evaluate(() => ({
    kind: document.querySelector('.step-kind')?.firstChild?.textContent ?? null,
    exercise: document.querySelector('.exercise-name')?.textContent ?? null,
    side: document.querySelector('.side-label')?.textContent ?? null,
    time: document.querySelector('[role="timer"]')?.textContent ?? null,
    paused: document.querySelector('.pause-button')?.textContent ?? null,
  }));
}

const resumeCard = (page: Page) => page.getByRole('region', { name: 'Workout in progress' });

describe('the player’s controls and leaving it, in Chromium', () => {
  it('leaves the quadruped leg raise for the next exercise with one press of "Next exercise"; Back returns to its start', async () => {
    const page = e2e.page();
    await startFromHome(page, 'lower-back-full');
    await runTo(page, 15_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:20' });
    await page.getByRole('button', { name: 'Next exercise' }).click();
    expect(await shown(page)).toMatchObject({ kind: 'Rest', exercise: 'Back stretch with countermovement' });
    await page.getByRole('button', { name: 'Next exercise' }).click();
    expect(await shown(page)).toMatchObject({ kind: 'Get ready', exercise: 'Back stretch with countermovement', time: '0:10' });
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    expect(await shown(page)).toMatchObject({ kind: 'Get ready', exercise: 'Quadruped leg raise', time: '0:10' });
    await page.keyboard.press('Shift+ArrowRight');
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Quadruped leg raise', time: '0:25' });
  });

  it('pauses when left by its "Workouts" link; a minute later Home says where, and Resume finds the same step and time', async () => {
    const page = e2e.page();
    await startFromHome(page, 'lower-back-full');
    await runTo(page, 15_000);
    await page.getByRole('link', { name: 'Workouts' }).first().click();
    await runClockUntilVisible(page, resumeCard(page)); // Home's card is lazy (React's 300 ms fallback throttle)
    await runTo(page, 75_000);
    expect(await resumeCard(page).textContent()).toContain('Paused in Quadruped leg raise, right leg: 0:20 to go.');
    await page.getByRole('link', { name: 'Resume workout' }).click();
    await page.getByRole('timer').waitFor();
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:20', paused: 'Resume' });
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(1_000);
    expect(await shown(page)).toMatchObject({ time: '0:19', paused: 'Pause' });
  });

  it('pauses when left by the browser’s Back, and Resume finds the same step and time', async () => {
    const page = e2e.page();
    await startFromHome(page, 'lower-back-full');
    await runTo(page, 40_000);
    await page.goBack();
    await runClockUntilVisible(page, resumeCard(page)); // Home's card is lazy (React's 300 ms fallback throttle)
    await runTo(page, 100_000);
    expect(await resumeCard(page).textContent()).toContain('Paused in Quadruped leg raise, right leg: 0:20 to go.');
    await page.getByRole('link', { name: 'Resume workout' }).click();
    await page.getByRole('timer').waitFor();
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Quadruped leg raise', time: '0:20', paused: 'Resume' });
    expect(await page.locator('.rep-counter').textContent()).toBe('Straight leg');
  });

  it('does not pause when the page is merely hidden (another app in front)', async () => {
    const page = e2e.page();
    await startFromHome(page, 'lower-back-full');
    await runTo(page, 12_000);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await runTo(page, 20_000);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await shown(page)).toMatchObject({ time: '0:15', paused: 'Pause' });
  });
});

/** A workout left 42 s in, then 7 hours later: Home offers it as unfinished, the player the three choices. */
async function staleOffer(page: Page): Promise<void> {
  await startFromHome(page, 'lower-back-full');
  await runTo(page, 42_000);
  await page.getByRole('link', { name: 'Workouts' }).first().click();
  await runClockUntilVisible(page, resumeCard(page)); // Home's card is lazy (React's 300 ms fallback throttle)
  await page.clock.setSystemTime(START_AT + 7 * HOUR_MS);
  await page.reload();
  await runClockUntilVisible(page, page.getByRole('region', { name: 'An unfinished workout' }));
  await page.getByRole('link', { name: 'Start again, save or discard' }).click();
  await page.getByRole('heading', { name: 'An unfinished workout' }).waitFor();
  expect(await page.locator('.stale-offer').textContent()).toContain('You did 0:42.');
}

describe('a workout left unfinished for hours, in Chromium', () => {
  it('"Start it again" starts the same routine afresh', async () => {
    const page = e2e.page();
    await staleOffer(page);
    await page.getByRole('button', { name: 'Start it again' }).click();
    await page.getByRole('timer').waitFor();
    expect(await shown(page)).toMatchObject({ kind: 'Get ready', exercise: 'Quadruped leg raise', time: '0:10', paused: 'Pause' });
  });

  it('"Save what I did" records the 42 s done, ended when it was left', async () => {
    const page = e2e.page();
    await staleOffer(page);
    await page.getByRole('button', { name: 'Save what I did' }).click();
    await page.getByRole('heading', { name: 'Workout ended' }).waitFor();
    expect(await page.locator('.summary-figures').textContent()).toMatch(/^Time42 s/);
  });

  it('"Discard" drops it and shows the routine ready to start', async () => {
    const page = e2e.page();
    await staleOffer(page);
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Choose a workout' }).waitFor();
    expect(await page.getByRole('region', { name: /workout/i }).count()).toBe(0);
  });
});
