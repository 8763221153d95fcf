import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe (every rule, best practices included) on the page and lists what it found, readably.
 * In "legacy mode", axe.run in the page itself: the default runs each frame apart and merges the
 * results in a new blank page, which it opens for every check (about a third of a11y.e2e's time).
 * The app has no frames, so both see the same.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
