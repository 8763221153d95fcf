import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openScreen } from './a11y-route-list';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';
import { paths } from '../../src/shared/paths';

const e2e = useBrowser();

/** Moves the page's fake clock on, a second at a time, until `target` shows (or gives up). */
async function runClockUntil(page: Page, target: Locator, maxMs: number): Promise<void> {
  for (let elapsedMs = 0; elapsedMs <= maxMs; elapsedMs += 1000) {
    if (await target.isVisible()) return;
    await page.clock.runFor(1000);
  }
  throw new Error(`not shown after ${maxMs / 1000} s of workout time: ${target.toString()}`);
}

describe.each(['light', 'dark'] as const)('accessibility of the workout player in the %s theme', (colorScheme) => {
  it('has no axe violations in any state: get ready, work, rest, paused, finished', async () => {
    const page = e2e.page();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.clock.install();
    // Two sets with a rest between them, about 3 minutes in all.
    await openScreen(page, paths.playExercise('pelvic-lift'));
    const found: Record<string, string[]> = {};

    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Get ready', { exact: true }).waitFor();
    found['get ready'] = await axeViolations(page);

    await runClockUntil(page, page.getByText('Work', { exact: true }), 30_000);
    found.work = await axeViolations(page);

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    found.paused = await axeViolations(page);
    await page.getByRole('button', { name: 'Resume' }).click();

    await runClockUntil(page, page.getByText('Rest between sets', { exact: true }), 180_000);
    found.rest = await axeViolations(page);

    const finished = page.getByRole('heading', { name: 'Workout complete. Well done!' });
    await runClockUntil(page, finished, 240_000);
    found.finished = await axeViolations(page);

    expect(found).toEqual({ 'get ready': [], work: [], paused: [], rest: [], finished: [] });
  });
});
