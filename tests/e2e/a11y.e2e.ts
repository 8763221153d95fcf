import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everyScreen, openScreen } from './a11y-route-list';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

/** Runs axe (every rule, best practices included) and lists what it found, readably. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it.each(everyScreen)('has no axe violations on the $name screen', async ({ path }) => {
    const page = e2e.page();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openScreen(page, path);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
    expect(await axeViolations(page)).toEqual([]);
  });
});
