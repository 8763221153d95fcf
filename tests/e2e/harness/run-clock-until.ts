import type { Locator, Page } from 'playwright-core';

/**
 * Moves a paused page clock on, 100 ms at a time, until `locator` shows (at most 10 s of page
 * time). A lazy part is revealed after React's 300 ms fallback throttle, a timer of the page clock
 * that is set only once its chunk has arrived, so one fixed runFor may come too early.
 */
export async function runClockUntilVisible(page: Page, locator: Locator): Promise<void> {
  for (let tries = 0; tries < 100 && !(await locator.isVisible()); tries += 1) await page.clock.runFor(100);
  await locator.waitFor();
}
