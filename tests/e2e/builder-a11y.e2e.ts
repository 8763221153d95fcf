import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

const routine = {
  id: 'my-desk-reset',
  name: 'Desk reset',
  purpose: 'Undo an afternoon of sitting',
  region: 'thoracic',
  level: 'beginner',
  items: [{ exerciseId: 'quadruped-leg-raise', overrides: { seconds: 30 } }, { exerciseId: 'prone-chest-raise-t' }, { exerciseId: 'chair-stretch' }],
};

async function seeded(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto('/');
  await page.evaluate((saved) => localStorage.setItem('upright:custom-routines', JSON.stringify({ state: { routines: [saved] }, version: 1 })), routine);
}

// The empty screens are in a11y.e2e.ts; these are the builder's screens full of content, messages and open panels.
describe.each(['light', 'dark'] as const)('the builder screens with content, in the %s theme', (colorScheme) => {
  it('has no axe violations while editing, with a validation message and the discard question shown', async () => {
    const page = e2e.page();
    await seeded(page, colorScheme);
    await page.goto('/my-routines/my-desk-reset/edit');
    await page.getByRole('group', { name: '1. Quadruped leg raise' }).getByLabel('Sets', { exact: true }).fill('99');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Yes, discard' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations on My routines with the share panel and an import preview open', async () => {
    const page = e2e.page();
    await seeded(page, colorScheme);
    await page.goto('/my-routines');
    await page.getByRole('button', { name: 'Share Desk reset' }).click();
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    const file = { format: 'upright-routines', version: 1, routines: [routine] };
    await page.getByLabel('Import from a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole('radio', { name: /Keep both/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations on a shared routine', async () => {
    const page = e2e.page();
    await seeded(page, colorScheme);
    await page.goto('/my-routines');
    await page.getByRole('button', { name: 'Share Desk reset' }).click();
    const link = await page.getByLabel('Share link for Desk reset').inputValue();
    await page.goto(link);
    await page.getByRole('heading', { level: 2, name: 'Desk reset' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
