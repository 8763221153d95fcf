import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

const item = (page: Page, position: number, name: string) => page.getByRole('group', { name: `${position}. ${name}` });
const heading1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Builds and saves "Three moves": leg raise 40 s per part, pelvic lift holding 5 s, chair stretch. */
async function buildThreeMoves(page: Page): Promise<void> {
  await page.goto('/my-routines');
  await page.getByRole('link', { name: 'New routine' }).click();
  await expect.poll(() => heading1(page)).toBe('New routine');
  await page.getByLabel('Name', { exact: true }).fill('Three moves');
  await page.getByLabel('Purpose').fill('A quick test routine');
  await page.getByLabel('Search exercises').fill('quadruped');
  await page.getByRole('button', { name: 'Add Quadruped leg raise' }).click();
  await page.getByLabel('Search exercises').fill('');
  await page.getByRole('button', { name: 'Add Pelvic lift (glute bridge)' }).click();
  await page.getByRole('button', { name: 'Add Chair stretch' }).click();
  await item(page, 1, 'Quadruped leg raise').getByLabel('Seconds per part').fill('40');
  await item(page, 2, 'Pelvic lift (glute bridge)').getByLabel('Hold seconds').fill('5');
  await expect.poll(() => item(page, 1, 'Quadruped leg raise').locator('.item-summary').textContent()).toMatch(/^40 s \+ 40 s per side/);
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect.poll(() => heading1(page)).toBe('My routines');
}

describe('the routine builder', () => {
  it('builds a routine of three exercises with custom seconds, starts it and shows those seconds in the player', async () => {
    const page = e2e.page();
    await buildThreeMoves(page);
    await page.getByRole('link', { name: 'Start Three moves' }).click();
    await page.waitForURL((url) => url.pathname === '/play/my-three-moves');
    await expect.poll(() => page.getByText('40 s + 40 s per side').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // Past the get-ready step to the first timed part, which counts down from the custom 40 s.
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect.poll(() => page.getByRole('timer').getAttribute('aria-label')).toMatch(/^Time left: (40|39|38) seconds$/);
  });

  it('reorders exercises by dragging the handle and by the keyboard', async () => {
    const page = e2e.page();
    await buildThreeMoves(page);
    await page.getByRole('link', { name: 'Edit Three moves' }).click();
    await expect.poll(() => heading1(page)).toBe('Edit “Three moves”');

    const handle = item(page, 1, 'Quadruped leg raise').locator('.drag-handle');
    const target = await item(page, 3, 'Chair stretch').boundingBox();
    const start = await handle.boundingBox();
    await page.mouse.move(start!.x + start!.width / 2, start!.y + start!.height / 2);
    await page.mouse.down();
    await page.mouse.move(start!.x + 10, target!.y + target!.height - 10, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => item(page, 3, 'Quadruped leg raise').count()).toBe(1);

    await page.getByRole('button', { name: 'Move up Quadruped leg raise' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => item(page, 2, 'Quadruped leg raise').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move up Quadruped leg raise');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'moved to position 2 of 3' }).count()).toBe(1);
  });

  it('exports a routine, deletes it, imports the file and gets it back', async () => {
    const page = e2e.page();
    await buildThreeMoves(page);
    const saved = await page.evaluate(() => localStorage.getItem('upright:custom-routines'));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Three moves' }).click()]);
    expect(download.suggestedFilename()).toBe('upright-my-three-moves.json');
    // Saved under its suggested name, as a user's browser would, so the preview names the file.
    const file = join(await mkdtemp(join(tmpdir(), 'upright-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; routines: { name: string }[] };
    expect(exported).toMatchObject({ format: 'upright-routines', version: 1, routines: [{ name: 'Three moves' }] });

    await page.getByRole('button', { name: 'Delete Three moves' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Three moves' }).count()).toBe(0);

    await page.getByLabel('Import from a file').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'Import from upright-my-three-moves.json' });
    await expect.poll(() => preview.getByRole('heading', { level: 3 }).textContent()).toBe('Three moves');
    await preview.getByRole('button', { name: 'Import the routine' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Three moves' }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('upright:custom-routines'))).toBe(saved);
  });

  it('refuses a broken import file with a message and keeps the existing routines', async () => {
    const page = e2e.page();
    await buildThreeMoves(page);
    const bad = { format: 'upright-routines', version: 1, routines: [{ id: 'x', name: 'X', purpose: 'Y', region: 'full', level: 'beginner', items: [{ exerciseId: 'plank-x' }] }] };
    await page.getByLabel('Import from a file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain("bad.json was not imported: routine 1, item 1: unknown exercise 'plank-x'");
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Three moves']);
  });
});
