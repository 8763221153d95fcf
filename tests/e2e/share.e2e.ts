import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

const routine = {
  id: 'my-desk-reset',
  name: 'Desk reset',
  purpose: 'Undo an afternoon of sitting',
  region: 'thoracic',
  level: 'beginner',
  items: [{ exerciseId: 'prone-reverse-fly', overrides: { reps: 4 } }, { exerciseId: 'chair-stretch', overrides: { holdSeconds: 12 } }],
};

async function seedRoutine(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate((saved) => localStorage.setItem('upright:custom-routines', JSON.stringify({ state: { routines: [saved] }, version: 1 })), routine);
}

async function shareLinkOf(page: Page): Promise<string> {
  await seedRoutine(page);
  await page.goto('/my-routines');
  await page.getByRole('button', { name: 'Share Desk reset' }).click();
  const field = page.getByLabel('Share link for Desk reset');
  await expect.poll(() => field.inputValue()).toMatch(/\/shared#r=[A-Za-z0-9_-]+$/);
  return field.inputValue();
}

describe('share links', () => {
  it('opens a share link in a fresh browser and saves the routine there', async () => {
    const link = await shareLinkOf(e2e.page());
    const fresh = await e2e.browser().newContext({ baseURL: e2e.baseURL, serviceWorkers: 'block' });
    const foreign: string[] = [];
    fresh.on('request', (request) => {
      if (!request.url().startsWith(e2e.baseURL)) foreign.push(request.url());
    });
    try {
      const page = await fresh.newPage();
      await page.goto(link);
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Desk reset');
      expect(await page.getByRole('listitem').filter({ hasText: 'Chair stretch' }).textContent()).toContain('hold 12 s');
      await page.getByRole('button', { name: 'Save to my routines' }).click();
      await page.getByRole('link', { name: 'My routines' }).last().click();
      await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Desk reset']);
      expect(foreign).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('shows a clear error and a way home for a tampered link, not a blank page', async () => {
    const link = await shareLinkOf(e2e.page());
    const page = e2e.page();
    await page.goto(link.slice(0, -15));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/damaged or incomplete/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Shared routine');
    await page.getByRole('link', { name: 'Back to the workouts' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a workout');
  });

  it('starts a shared routine without saving it', async () => {
    const link = await shareLinkOf(e2e.page());
    const page = e2e.page();
    // The receiver has not saved it: delete the sender's copy, as a user would.
    await page.goto('/my-routines');
    await page.getByRole('button', { name: 'Delete Desk reset' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Deleted “Desk reset”.').waitFor();
    await page.goto(link);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/play/shared');
    await expect.poll(() => page.getByText('Desk reset').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: 'Start', exact: true }).count()).toBe(1);
  });
});
