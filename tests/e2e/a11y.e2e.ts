import { describe, expect, it } from 'vitest';
import { everyScreen, openScreen } from './a11y-route-list';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

// Both themes on one page load: the theme follows the system's colour scheme as it changes, so
// switching the emulated scheme re-themes the screen (checked) without loading it again.
describe('accessibility in the light and the dark theme', () => {
  it.each(everyScreen)('has no axe violations on the $name screen', async ({ path }) => {
    const page = e2e.page();
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await openScreen(page, path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
      expect(await axeViolations(page), `in the ${colorScheme} theme`).toEqual([]);
    }
  });
});
