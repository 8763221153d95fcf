import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen } from './a11y-route-list';
import { launchChromium } from './harness/browser';
import { startPreviewServer, type PreviewServer } from './harness/preview-server';
import { paths } from '../../src/shared/paths';

// This file runs its own preview server, because the point is to stop it halfway through.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline use', () => {
  let server: PreviewServer | null = null;
  afterAll(async () => {
    await server?.stop();
  });

  it('opens deep links and runs a whole workout with no network once the app has been visited', async () => {
    server = await startPreviewServer();
    const context = await browser.newContext({ baseURL: server.baseURL, serviceWorkers: 'allow' });
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(server!.baseURL)) foreign.push(request.url());
    });
    const page = await context.newPage();

    await openScreen(page, paths.home());
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    await server.stop();
    await context.setOffline(true);
    expect(await fetch(server.baseURL).then(() => 'up', () => 'down')).toBe('down');

    await openScreen(page, paths.exercise('pelvic-lift'));
    expect(await page.locator('h1').textContent()).toMatch(/pelvic lift/i);
    await openScreen(page, paths.routine('lower-back-beginner'));
    expect(await page.locator('h1').textContent()).toMatch(/lower back/i);
    await openScreen(page, '/no/such/page');
    expect(await page.locator('h1').textContent()).toBe('Page not found');

    // A whole routine (about 4 minutes, two exercises), on a fake clock so it takes seconds.
    await page.clock.install();
    await openScreen(page, paths.player('lower-back-beginner'));
    await page.getByRole('button', { name: 'Start' }).click();
    const finished = page.getByRole('heading', { name: 'Workout complete. Well done!' });
    const seenSteps = new Set<string>();
    for (let elapsedSeconds = 0; elapsedSeconds < 400 && !(await finished.isVisible()); elapsedSeconds += 5) {
      seenSteps.add((await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '');
      await page.clock.runFor(5000);
    }
    expect(await finished.isVisible()).toBe(true);
    expect([...seenSteps]).toEqual(expect.arrayContaining(['Quadruped leg raise', 'Back stretch with countermovement']));

    expect(foreign).toEqual([]);
    await context.close();
  });
});
