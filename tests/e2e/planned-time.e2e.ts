import { describe, expect, it } from 'vitest';
import { openScreen } from './a11y-route-list';
import { useBrowser } from './harness/browser';

// Chromium can speak here, so the player lengthens each get-ready to its words: every screen
// that gives the routine's time must count that too, or the card promises less than the workout.
const e2e = useBrowser({ viewport: { width: 390, height: 844 } });

/** "20 min 44 s", "21 min", "20:44" as seconds. */
const seconds = (text: string): number => {
  const clock = /^(\d+):(\d\d)$/.exec(text.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const minutes = Number(/(\d+) min/.exec(text)?.[1] ?? 0);
  const rest = Number(/(\d+) s/.exec(text)?.[1] ?? 0);
  return minutes * 60 + rest;
};

describe("a routine's time, on every screen that gives it", () => {
  it('is the same on its card, its page, the outline before Start and the time left at Start', async () => {
    const page = e2e.page();
    await openScreen(page, '/');
    const card = page.getByRole('article', { name: 'Full back' });
    const cardText = (await card.locator('dt', { hasText: 'Duration' }).locator('xpath=following-sibling::dd[1]').textContent())!;

    await openScreen(page, '/routines/full-back');
    const detailText = (await page.locator('dt', { hasText: 'Total time' }).locator('xpath=following-sibling::dd[1]').textContent())!;

    await openScreen(page, '/play/full-back');
    const outlineText = (await page.locator('.pre-start-total strong').textContent())!;
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const leftText = (await page.locator('.session-time-left').textContent())!;

    const plannedSeconds = seconds(detailText);
    // Longer than the settings' own times (10 s get-readies): the words are counted.
    expect(plannedSeconds).toBeGreaterThan(19 * 60 + 24);
    expect(Math.abs(seconds(leftText) - plannedSeconds)).toBeLessThanOrEqual(1);
    expect(cardText).toBe(`${Math.round(plannedSeconds / 60)} min`);
    expect(outlineText).toBe(cardText);
  });
});
