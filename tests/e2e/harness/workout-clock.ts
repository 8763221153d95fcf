import type { Page } from 'playwright-core';

/** The page clock starts here (1 March 2026, 08:00 UTC) and only moves when a test says so. */
export const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);
/**
 * When the player tests press Start, on a paused page clock. Until then the clock runs in real
 * time while the pages load: 50 s leaves room for a loaded machine (at 5 s, three test files at
 * once on two cores took longer, and pauseAt refused to go back in time). Still 08:00.
 */
export const START_AT = T0 + 50_000;

/** Opens the player at `path` with a paused fake clock and presses Start (`startLabel`, German "Starten") at START_AT. */
export async function startWorkout(page: Page, path: string, startLabel = 'Start'): Promise<void> {
  await page.clock.install({ time: T0 });
  await page.goto(path);
  await page.getByRole('button', { name: startLabel, exact: true }).waitFor();
  await page.clock.pauseAt(START_AT);
  await pressStart(page, startLabel);
}

/** One frame of the page clock, ms: its animation frames come every 16 ms. */
const FRAME_MS = 17;

/**
 * A step change shows in three frames: the step and its time, then the words under the ring, then
 * the figure (player/step-stage.tsx). A paused clock paints none of them by itself. One call per
 * frame: React renders each part in a task of its own, between them.
 */
export async function paintFramesAfterChange(page: Page): Promise<void> {
  for (let frame = 0; frame < 3; frame += 1) await page.clock.runFor(FRAME_MS);
}

/**
 * Presses Start on a paused page clock and lets the frames after the tap be painted. With the
 * workout screen drawn under the outline, the tap only uncovers it and the workout starts after
 * that frame, at the tap's time (player-page.tsx): a paused clock paints no frame of itself.
 */
export async function pressStart(page: Page, startLabel = 'Start'): Promise<void> {
  await page.getByRole('button', { name: startLabel, exact: true }).click();
  await page.clock.runFor(FRAME_MS);
  await page.getByRole('timer').waitFor();
  await paintFramesAfterChange(page);
}

/**
 * Runs the clock on to `msAfterStart` after START_AT (timers fire on the way, as in a visible tab).
 * A step change at that moment shows in full only after `paintFramesAfterChange`.
 */
export async function runTo(page: Page, msAfterStart: number): Promise<void> {
  const nowMs = await page.evaluate(() => Date.now());
  await page.clock.runFor(START_AT + msAfterStart - nowMs);
}
