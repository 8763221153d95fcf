import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: readonly string[];
}

type AxeWindow = Window & { axe?: typeof axe };

/**
 * Runs axe (its default rules, best practices included) on the page and lists what it found,
 * readably. axe is put into a document once, however often it is checked (in both themes, in each
 * player state): @axe-core/playwright sent and compiled its 550 kB again for every check, and
 * returned every passing node too; that was about a sixth of the end-to-end run's time. Only the
 * violations come back (`resultTypes` cuts the details of passes and incomplete results, not the
 * violations found).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => (window as AxeWindow).axe !== undefined);
  if (!injected) await page.evaluate(axe.source);
  const violations: Violation[] = await page.evaluate(async () => {
    const results = await (window as AxeWindow).axe!.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`);
}
