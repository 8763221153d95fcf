import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen } from './a11y-route-list';
import { axeViolations } from './harness/axe';
import { launchChromium } from './harness/browser';
import { findFreePort } from './harness/preview-server';
import { paths } from '../../src/shared/paths';

const root = resolve(import.meta.dirname, '../..');

/** Serves a private copy of dist/, so the test can "deploy" a new version without touching dist/. */
async function serveCopyOfBuild() {
  const directory = mkdtempSync(join(tmpdir(), 'upright-update-'));
  cpSync(resolve(root, 'dist'), directory, { recursive: true });
  // Each deployed worker answers "version?" with its version, so the test asks and waits for the
  // answer instead of reading silence as the old version.
  const workerPath = join(directory, 'sw.js');
  const builtWorker = readFileSync(workerPath, 'utf8');
  const deployWorker = (version: string) =>
    writeFileSync(workerPath, `${builtWorker}\nself.addEventListener('message', (event) => { if (event.data === 'version?') event.ports[0].postMessage('${version}'); });\n`);
  deployWorker('v1');
  const port = await findFreePort();
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '--outDir', directory, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await fetch(baseURL).then((response) => response.ok, () => false)) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    baseURL,
    /** A new deployment: the worker changes (and answers "v2" when asked its version). */
    deployNewVersion: () => deployWorker('v2'),
    stop: async () => {
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

function controllingVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((answer) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => answer(String(event.data));
        navigator.serviceWorker.controller!.postMessage('version?', [channel.port2]);
      }),
  );
}

/** In-app navigation, as a link or the browser's back button would do it (no page load). */
function navigateInApp(page: Page, path: string): Promise<void> {
  return page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveCopyOfBuild>>;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveCopyOfBuild();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a new version', () => {
  it('waits for the user outside workouts, then reloads into the new version on "Reload"', async () => {
    const context = await browser.newContext({ baseURL: server.baseURL, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await openScreen(page, paths.home());
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    expect(await controllingVersion(page)).toBe('v1');

    server.deployNewVersion();
    // The workout opens in a new page load, which is when browsers look for a new worker.
    await openScreen(page, paths.player('lower-back-beginner'));
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, undefined, { timeout: 30_000 });
    const updatePrompt = page.getByRole('region', { name: 'App update' });
    // Off the player, the app offers the update: this proves the app itself knows of it (workbox
    // tells it some time after the worker installs, at a moment a test cannot see).
    await navigateInApp(page, paths.home());
    await updatePrompt.waitFor();
    expect(await updatePrompt.getByRole('status').textContent()).toContain('Update available');
    expect(await axeViolations(page)).toEqual([]);

    // Back on the workout, with the update known, the offer is gone; and since nothing but the
    // user changes it now, it cannot come back while the player shows.
    await navigateInApp(page, paths.player('lower-back-beginner'));
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await updatePrompt.count(), 'no prompt over a workout').toBe(0);

    await navigateInApp(page, paths.home());
    await updatePrompt.waitFor();

    await Promise.all([page.waitForEvent('load'), updatePrompt.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await controllingVersion(page)).toBe('v2');
    expect(await updatePrompt.count()).toBe(0);
    await context.close();
  });
});
