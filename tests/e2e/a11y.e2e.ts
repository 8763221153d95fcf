import { describe, expect, it } from 'vitest';
import { everyScreen, openScreen } from './a11y-route-list';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it.each(everyScreen)('has no axe violations on the $name screen', async ({ path }) => {
    const page = e2e.page();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openScreen(page, path);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
    expect(await axeViolations(page)).toEqual([]);
  });
});
