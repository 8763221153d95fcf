import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';
import { instrumentSpeechAndAudio, recordedBeeps, setPageVisibility, spokenCues } from './player-instruments';

const e2e = useBrowser();

/** The page clock starts here (1 March 2026, 08:00 UTC) and only moves when a test says so. */
const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);
const START_AT = T0 + 5_000;

/** Opens the player with a paused fake clock and presses Start at START_AT. */
async function startWorkout(page: Page, path: string): Promise<void> {
  await page.clock.install({ time: T0 });
  await page.goto(path);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.clock.pauseAt(START_AT);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('timer').waitFor();
}

/** Runs the clock on to `msAfterStart` (timers fire on the way, as in a visible tab). */
async function runTo(page: Page, msAfterStart: number): Promise<void> {
  const nowMs = await page.evaluate(() => Date.now());
  await page.clock.runFor(START_AT + msAfterStart - nowMs);
}

interface Shown {
  kind: string | null;
  exercise: string | null;
  side: string | null;
  time: string | null;
  cue: string | null;
}

async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => ({
    kind: document.querySelector('.step-kind')?.firstChild?.textContent ?? null,
    exercise: document.querySelector('.exercise-name')?.textContent ?? null,
    side: document.querySelector('.side-label')?.textContent ?? null,
    time: document.querySelector('[role="timer"]')?.textContent ?? null,
    cue: document.querySelector('.cue.current')?.textContent ?? null,
  }));
}

describe('the workout player in Chromium', () => {
  it('runs the whole lower-back routine from Start to the summary', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full');
    expect(await shown(page)).toEqual({ kind: 'Get ready', exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:10', cue: 'Kneel on all fours.' });
    await runTo(page, 10_000);
    expect(await shown(page)).toEqual({ kind: 'Work', exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:25', cue: 'Lift one leg and bend the knee.' });
    await runTo(page, 42_500);
    expect(await shown(page)).toMatchObject({ exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:18' });
    await runTo(page, 135_000);
    expect(await shown(page)).toMatchObject({ kind: 'Get ready', exercise: 'Back stretch with countermovement', side: 'Right leg and left arm', time: '0:10' });
    await runTo(page, 250_000);
    expect(await shown(page)).toMatchObject({ kind: 'Get ready', exercise: 'Pelvic lift (glute bridge)', time: '0:10' });
    // The chest raise is held as long as the user can: the stopwatch counts up until Done.
    await runTo(page, 430_000 + 15_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Prone chest raise, arms out to the sides', time: '0:15' });
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await shown(page)).toMatchObject({ kind: 'Rest between sets', time: '0:30' });
    await runTo(page, 445_000 + 30_000 + 8_000);
    await page.keyboard.press('Enter');
    expect(await shown(page)).toMatchObject({ kind: 'Rest', exercise: 'Diagonal arm and leg raise', time: '0:20' });
    await runTo(page, 483_000 + 20_000 + 10_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', side: 'Right arm and left leg' });
    expect(await page.locator('.rep-counter').textContent()).toBe('Rep 1 of 10 · Raise');
    await runTo(page, 483_000 + 20_000 + 110_000);
    await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
    expect(await page.locator('.summary-figures').textContent()).toBe('Time10 minExercises5 of 5 done');
    await page.getByRole('heading', { name: 'New personal best' }).waitFor();
    // Headless Chromium has no voices: the workout went on, and the player said so once, quietly.
    expect(await page.getByRole('status').filter({ hasText: 'unavailable' }).allTextContents()).toEqual(['Voice unavailable on this device: follow the cues on screen.']);
  });

  it('switches to the left side after 2 × 25 s and says so', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, 59_900);
    expect(await shown(page)).toMatchObject({ exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:01' });
    await runTo(page, 60_000);
    expect(await shown(page)).toMatchObject({ kind: 'Switch sides', side: 'Left leg', time: '0:05', cue: 'Switch to the other leg.' });
    await runTo(page, 65_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', side: 'Left leg', time: '0:25', cue: 'Lift one leg and bend the knee.' });
    const switchCue = (await spokenCues(page)).find((cue) => cue.text.startsWith('Switch to the left side'));
    expect(switchCue?.atMs).toBe(START_AT + 60_000);
  });

  it('counts the reps of the reverse fly: raise 2 s, hold 3 s, lower 2 s, six times, two sets', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/prone-reverse-fly');
    const counter = page.locator('.rep-counter');
    for (let rep = 1; rep <= 6; rep += 1) {
      const repStartMs = 10_000 + (rep - 1) * 7_000;
      await runTo(page, repStartMs + 500);
      expect(await counter.textContent()).toBe(`Set 1 of 2 · Rep ${rep} of 6 · Raise`);
      await runTo(page, repStartMs + 2_500);
      expect(await counter.textContent()).toBe(`Set 1 of 2 · Rep ${rep} of 6 · Hold`);
      expect(await page.getByRole('timer').textContent()).toBe('0:03');
    }
    await runTo(page, 52_500);
    expect(await shown(page)).toMatchObject({ kind: 'Rest between sets', time: '0:30' });
    await runTo(page, 82_500);
    expect(await counter.textContent()).toBe('Set 2 of 2 · Rep 1 of 6 · Raise');
  });

  it('ends an open-ended chest raise when the user says, and shows a new best', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/prone-chest-raise-t');
    await runTo(page, 10_000 + 23_400);
    expect(await shown(page)).toMatchObject({ kind: 'Work', time: '0:23' });
    expect(await page.getByRole('timer').getAttribute('aria-label')).toBe('Time held: 23 seconds');
    // The big tap area ends the hold, for use from the floor.
    await page.getByRole('timer').click();
    expect(await shown(page)).toMatchObject({ kind: 'Rest between sets' });
    await runTo(page, 33_400 + 30_000 + 5_000);
    expect(await page.locator('.hold-goal').textContent()).toBe('Your best: 0:23. Beat it!');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
    expect(await page.locator('.new-bests li').allTextContents()).toEqual(['Prone chest raise, arms out to the sides: held 0:23']);
  });

  it('holds the time through a 5-minute pause and carries on after it', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, 14_200);
    await page.getByRole('button', { name: 'Pause' }).click();
    await runTo(page, 14_200 + 300_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', time: '0:21' });
    await page.getByRole('button', { name: 'Resume' }).click();
    await runTo(page, 314_200 + 11_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', time: '0:10' });
  });

  it('shows the right step and time at once when the page returns after 60 s in the background', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, 12_000);
    await setPageVisibility(page, 'hidden');
    // 60 s pass and no timer fires, as in a throttled background tab.
    await page.clock.setSystemTime(START_AT + 72_000);
    expect(await shown(page)).toMatchObject({ time: '0:23' });
    await setPageVisibility(page, 'visible');
    await expect.poll(() => shown(page), { timeout: 250, interval: 25 }).toMatchObject({ kind: 'Work', side: 'Left leg', time: '0:18' });
  });

  it('finds the same step after a reload mid-exercise', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, 40_300);
    expect(await shown(page)).toMatchObject({ exercise: 'Quadruped leg raise', time: '0:20', cue: 'Stretch the leg back, in line with your body.' });
    await page.reload();
    // The page clock is paused: let it run in small steps (lazy loading needs timers) and see how
    // much page time passes until the timer is back.
    let pageMsToShow = 0;
    while (!(await page.getByRole('timer').isVisible()) && pageMsToShow < 5_000) {
      await page.clock.runFor(50);
      pageMsToShow += 50;
    }
    expect(pageMsToShow).toBeLessThan(1_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:20' });
    expect(await page.locator('.rep-counter').textContent()).toBe('Straight leg');
  });

  it('says the exercise, the side and the first setup cue at get-ready, and the switch of sides', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, 66_000);
    const said = (await spokenCues(page)).map((cue) => ({ text: cue.text, afterStartMs: cue.atMs - START_AT }));
    expect(said[0]).toEqual({ text: 'Quadruped leg raise. Right leg. Kneel on all fours.', afterStartMs: 0 });
    expect(said.find((cue) => cue.text.startsWith('Bent knee'))?.afterStartMs).toBe(10_000);
    expect(said.find((cue) => cue.text.startsWith('Switch to the left side'))?.afterStartMs).toBe(60_000);
    expect(await page.locator('.output-problem').textContent()).toBe('');
  });

  it('beeps 3-2-1 before the get-ready ends and a go tone when work starts, on the audio clock', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, 11_000);
    const beeps = (await recordedBeeps(page)).map((beep) => ({ frequencyHz: beep.frequencyHz, afterStartMs: beep.atMs - START_AT }));
    const countdown = beeps.filter((beep) => beep.frequencyHz === 660).map((beep) => beep.afterStartMs);
    const go = beeps.filter((beep) => beep.frequencyHz === 880).map((beep) => beep.afterStartMs);
    // Scheduled ahead on the audio clock: each lands within a few ms of its intended time.
    expect(countdown.map((ms) => Math.round(ms / 100) * 100)).toEqual([7_000, 8_000, 9_000]);
    expect(go.map((ms) => Math.round(ms / 100) * 100)).toEqual([10_000]);
  });

  it('keeps the screen on while the workout runs, lets it sleep on pause, and takes it again on return', async () => {
    const page = e2e.page();
    await page.addInitScript(() => {
      const log: string[] = [];
      Object.assign(window, { __wakeLock: log });
      const request = navigator.wakeLock.request.bind(navigator.wakeLock);
      navigator.wakeLock.request = async (type) => {
        const sentinel = await request(type);
        log.push('held');
        Object.assign(window, { __sentinel: sentinel });
        sentinel.addEventListener('release', () => log.push('released'));
        return sentinel;
      };
    });
    const wakeLockLog = () => page.evaluate(() => (window as unknown as { __wakeLock: string[] }).__wakeLock);
    await startWorkout(page, '/play/lower-back-full');
    await expect.poll(wakeLockLog).toEqual(['held']);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(wakeLockLog).toEqual(['held', 'released']);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(wakeLockLog).toEqual(['held', 'released', 'held']);
    // The browser drops the lock in the background; the player takes it again on return.
    await setPageVisibility(page, 'hidden');
    await page.evaluate(() => (window as unknown as { __sentinel: WakeLockSentinel }).__sentinel.release());
    await expect.poll(wakeLockLog).toEqual(['held', 'released', 'held', 'released']);
    await setPageVisibility(page, 'visible');
    await expect.poll(wakeLockLog).toEqual(['held', 'released', 'held', 'released', 'held']);
  });
});
