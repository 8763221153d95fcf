import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';
import { paintFramesAfterChange, runTo, START_AT, startWorkout } from './harness/workout-clock';
import { audioRunning, instrumentSpeechAndAudio, recordedBeeps, setPageVisibility, spokenCues } from './player-instruments';

const e2e = useBrowser();

/**
 * Get-ready lengths in English at the default settings (10 s, voice on at rate 1, setup read out):
 * each lasts as long as its words take to say and the 3-2-1 after them, when that is longer.
 */
const GET_READY_MS = {
  quadruped: 25_000, backStretch: 21_000, pelvicLift: 25_000, chestRaise: 16_000, diagonalRaise: 20_000, reverseFly: 14_000, chairStretch: 11_000,
} as const;
/** The quadruped leg raise: right side from GET_READY, 2 × 25 s, the 5 s switch, then the left side. */
const QUADRUPED_SWITCH_MS = GET_READY_MS.quadruped + 50_000;



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
    expect(await shown(page)).toEqual({ kind: 'Get ready', exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:25', cue: 'Kneel on all fours.' });
    await runTo(page, 25_000);
    await paintFramesAfterChange(page);
    expect(await shown(page)).toEqual({ kind: 'Work', exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:25', cue: 'Lift one leg and bend the knee.' });
    await runTo(page, 57_500);
    expect(await shown(page)).toMatchObject({ exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:18' });
    // Each get-ready is longer than the 10 s set by what its words need: +15 s, +11 s, +15 s, +6 s, +10 s;
    // and the back stretch's switch +1 s ("Switch: left leg and right arm." and the 3-2-1 need 6 s).
    await runTo(page, 150_000);
    expect(await shown(page)).toMatchObject({ kind: 'Get ready', exercise: 'Back stretch with countermovement', side: 'Right leg and left arm', time: '0:21' });
    await runTo(page, 277_000);
    expect(await shown(page)).toMatchObject({ kind: 'Get ready', exercise: 'Pelvic lift (glute bridge)', time: '0:25' });
    // The chest raise is held as long as the user can: the stopwatch counts up until Done.
    await runTo(page, 478_000 + 15_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Prone chest raise, arms out to the sides', time: '0:15' });
    // Done and Pause sit side by side, both filled: not in one colour, so one is not taken for the other.
    const fill = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(await fill('Done')).not.toBe(await fill('Pause'));
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await shown(page)).toMatchObject({ kind: 'Rest between sets', time: '0:30' });
    await runTo(page, 493_000 + 30_000 + 8_000);
    await page.keyboard.press('Enter');
    expect(await shown(page)).toMatchObject({ kind: 'Rest', exercise: 'Diagonal arm and leg raise', time: '0:20' });
    await runTo(page, 531_000 + 20_000 + GET_READY_MS.diagonalRaise);
    await paintFramesAfterChange(page);
    expect(await shown(page)).toMatchObject({ kind: 'Work', side: 'Right arm and left leg' });
    expect(await page.locator('.rep-counter').textContent()).toBe('Rep 1 of 10 · Raise');
    await runTo(page, 531_000 + 20_000 + GET_READY_MS.diagonalRaise + 100_000);
    await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
    expect(await page.locator('.summary-figures').textContent()).toBe('Time11 minExercises5 of 5 done');
    await page.getByRole('heading', { name: 'New personal best' }).waitFor();
    // Headless Chromium has no voices: the workout went on, and the player said so once, quietly.
    expect(await page.getByRole('status').filter({ hasText: 'unavailable' }).allTextContents()).toEqual(['Voice unavailable on this device: follow the cues on screen.']);
  });

  it('switches to the left side after 2 × 25 s and says so', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, QUADRUPED_SWITCH_MS - 100);
    expect(await shown(page)).toMatchObject({ exercise: 'Quadruped leg raise', side: 'Right leg', time: '0:01' });
    await runTo(page, QUADRUPED_SWITCH_MS);
    await paintFramesAfterChange(page);
    expect(await shown(page)).toMatchObject({ kind: 'Switch sides', side: 'Left leg', time: '0:05', cue: 'Switch to the other leg.' });
    await runTo(page, QUADRUPED_SWITCH_MS + 5_000);
    await paintFramesAfterChange(page);
    expect(await shown(page)).toMatchObject({ kind: 'Work', side: 'Left leg', time: '0:25', cue: 'Lift one leg and bend the knee.' });
    // Said once, in the catalog's words (no "Switch to the left side" before it).
    const switchCues = (await spokenCues(page)).filter((cue) => cue.atMs === START_AT + QUADRUPED_SWITCH_MS);
    expect(switchCues.map((cue) => cue.text)).toEqual(['Switch to the other leg.']);
  });

  it('counts the reps of the reverse fly: raise 2 s, hold 3 s, lower 2 s, six times, two sets', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/prone-reverse-fly');
    const counter = page.locator('.rep-counter');
    for (let rep = 1; rep <= 6; rep += 1) {
      const repStartMs = GET_READY_MS.reverseFly + (rep - 1) * 7_000;
      await runTo(page, repStartMs + 500);
      expect(await counter.textContent()).toBe(`Set 1 of 2 · Rep ${rep} of 6 · Raise`);
      await runTo(page, repStartMs + 2_500);
      expect(await counter.textContent()).toBe(`Set 1 of 2 · Rep ${rep} of 6 · Hold`);
      expect(await page.getByRole('timer').textContent()).toBe('0:03');
    }
    await runTo(page, GET_READY_MS.reverseFly + 42_500);
    expect(await shown(page)).toMatchObject({ kind: 'Rest between sets', time: '0:30' });
    await runTo(page, GET_READY_MS.reverseFly + 72_500);
    expect(await counter.textContent()).toBe('Set 2 of 2 · Rep 1 of 6 · Raise');
  });

  it('ends an open-ended chest raise when the user says, and shows a new best', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/prone-chest-raise-t');
    await runTo(page, GET_READY_MS.chestRaise + 23_400);
    expect(await shown(page)).toMatchObject({ kind: 'Work', time: '0:23' });
    expect(await page.getByRole('timer').getAttribute('aria-label')).toBe('Time held: 23 seconds');
    // The big tap area ends the hold, for use from the floor.
    await page.getByRole('timer').click();
    expect(await shown(page)).toMatchObject({ kind: 'Rest between sets' });
    await runTo(page, GET_READY_MS.chestRaise + 23_400 + 30_000 + 5_000);
    expect(await page.locator('.hold-goal').textContent()).toBe('Your best: 0:23. Beat it!');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'Workout complete. Well done!' }).waitFor();
    // The new bests come with the saved workout (the store compares them in its transaction),
    // which can land after the summary's heading on a loaded machine.
    await expect.poll(() => page.locator('.new-bests li').allTextContents()).toEqual(['Prone chest raise, arms out to the sides: held 0:23']);
  });

  it('holds the time through a 5-minute pause and carries on after it', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, GET_READY_MS.quadruped + 4_200);
    await page.getByRole('button', { name: 'Pause' }).click();
    await runTo(page, GET_READY_MS.quadruped + 4_200 + 300_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', time: '0:21' });
    await page.getByRole('button', { name: 'Resume' }).click();
    await runTo(page, GET_READY_MS.quadruped + 304_200 + 11_000);
    expect(await shown(page)).toMatchObject({ kind: 'Work', time: '0:10' });
  });

  it('shows the right step and time at once when the page returns after 60 s in the background', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, GET_READY_MS.quadruped + 2_000);
    await setPageVisibility(page, 'hidden');
    // 60 s pass and no timer fires, as in a throttled background tab.
    await page.clock.setSystemTime(START_AT + GET_READY_MS.quadruped + 62_000);
    expect(await shown(page)).toMatchObject({ time: '0:23' });
    await setPageVisibility(page, 'visible');
    await expect.poll(() => shown(page), { timeout: 250, interval: 25 }).toMatchObject({ kind: 'Work', side: 'Left leg', time: '0:18' });
  });

  it('finds the same step after a reload mid-exercise', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, GET_READY_MS.quadruped + 30_300);
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

  it('says the exercise, the side it starts with and the whole setup at get-ready, and the switch of sides', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, QUADRUPED_SWITCH_MS + 6_000);
    const said = (await spokenCues(page)).map((cue) => ({ text: cue.text, afterStartMs: cue.atMs - START_AT }));
    expect(said[0]?.text).toBe(
      'Quadruped leg raise. Start with the right leg. Kneel on all fours. Hands on the floor, about shoulder-width apart. Knees on the floor, under your hips. Tense your core: back straight, no sagging, no hump. Head in line with your spine, gaze to the floor.',
    );
    // Said just after the countdown's first paint (a frame after the click), not before it.
    expect(said[0]?.afterStartMs).toBeGreaterThanOrEqual(0);
    expect(said[0]?.afterStartMs).toBeLessThan(100);
    expect(said.find((cue) => cue.text.startsWith('Bent knee'))?.afterStartMs).toBe(GET_READY_MS.quadruped);
    expect(said.find((cue) => cue.text.startsWith('Switch to the other leg'))?.afterStartMs).toBe(QUADRUPED_SWITCH_MS);
    expect(await page.locator('.output-problem').textContent()).toBe('');
  });

  it('beeps 3-2-1 before the get-ready ends and a go tone when work starts, on the audio clock', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/lower-back-full');
    // The first second: Start wakes the audio after its first paint. Waking it takes real time,
    // which the page clock's run through 26 s of timers may outpace on a busy machine.
    await runTo(page, 1_000);
    await expect.poll(() => audioRunning(page), { timeout: 5_000 }).toBe(true);
    await runTo(page, GET_READY_MS.quadruped + 1_000);
    const beeps = (await recordedBeeps(page)).map((beep) => ({ frequencyHz: beep.frequencyHz, afterStartMs: beep.atMs - START_AT }));
    const countdown = beeps.filter((beep) => beep.frequencyHz === 660).map((beep) => beep.afterStartMs);
    const go = beeps.filter((beep) => beep.frequencyHz === 880).map((beep) => beep.afterStartMs);
    // Scheduled ahead on the audio clock: each lands within a few ms of its intended time.
    expect(countdown.map((ms) => Math.round(ms / 100) * 100)).toEqual([22_000, 23_000, 24_000]);
    expect(go.map((ms) => Math.round(ms / 100) * 100)).toEqual([25_000]);
  });

  it('sounds a low tone on pause and two rising notes on resume, at the tap', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/lower-back-full');
    await runTo(page, 3_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    await runTo(page, 8_000);
    await page.getByRole('button', { name: 'Resume' }).click();
    const tones = (await recordedBeeps(page))
      .filter((beep) => [330, 440, 660].includes(beep.frequencyHz) && beep.atMs - START_AT < 9_000)
      .map((beep) => ({ frequencyHz: beep.frequencyHz, afterStartMs: Math.round((beep.atMs - START_AT) / 100) * 100 }));
    expect(tones).toEqual([{ frequencyHz: 330, afterStartMs: 3_000 }, { frequencyHz: 440, afterStartMs: 8_000 }, { frequencyHz: 660, afterStartMs: 8_100 }]);
  });

  it('says the whole setup of the chair stretch, the chair included, before its work starts', async () => {
    const page = e2e.page();
    await instrumentSpeechAndAudio(page);
    await startWorkout(page, '/play/exercise/chair-stretch');
    await runTo(page, GET_READY_MS.chairStretch + 500);
    expect(await shown(page)).toMatchObject({ kind: 'Work', exercise: 'Chair stretch' });
    const beforeWork = (await spokenCues(page)).filter((cue) => cue.atMs < START_AT + GET_READY_MS.chairStretch).map((cue) => cue.text);
    expect(beforeWork).toEqual(['Chair stretch. You need: Chair. Kneel on a pillow. Place a chair about a metre in front of you.']);
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
    // The lock is asked for just after the countdown's first paint: the page clock runs a few frames.
    await page.clock.runFor(100);
    await expect.poll(wakeLockLog).toEqual(['held']);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(wakeLockLog).toEqual(['held', 'released']);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(100);
    await expect.poll(wakeLockLog).toEqual(['held', 'released', 'held']);
    // The browser drops the lock in the background; the player takes it again on return.
    await setPageVisibility(page, 'hidden');
    await page.evaluate(() => (window as unknown as { __sentinel: WakeLockSentinel }).__sentinel.release());
    await expect.poll(wakeLockLog).toEqual(['held', 'released', 'held', 'released']);
    await setPageVisibility(page, 'visible');
    await expect.poll(wakeLockLog).toEqual(['held', 'released', 'held', 'released', 'held']);
  });
});
