import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import chromiumArgs from '../../../scripts/chromium-args.json';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';

/**
 * Debian's Chromium headless shell: the same Chromium without the desktop browser around it, what
 * Playwright itself runs headless. The e2e run takes about 60 % of the time it takes with the full
 * browser (scripts/ensure-chromium.mjs installs both; the figures come from the full one).
 */
export const chromiumPath = process.env.E2E_CHROME_PATH ?? '/usr/bin/chromium-headless-shell';

/** Debian's Chromium headless shell, with the shared flags of scripts/chromium-args.json. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs.args, '--autoplay-policy=no-user-gesture-required'],
  });
}

export interface E2EContext {
  readonly baseURL: string;
  browser(): Browser;
  context(): BrowserContext;
  page(): Page;
  /** Requests the page made to any other origin (every test checks this is empty). */
  foreignRequests(): readonly string[];
}

const screenshotDir = resolve(import.meta.dirname, '../../../test-results');

function fileSafe(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 120);
}

/**
 * Registers the hooks for one test file: a browser per file, a fresh context and page per test,
 * a screenshot in test-results/ when a test fails, and a check that no request left the origin.
 * Service workers are blocked unless a file asks for them, so caching never hides a bug.
 */
export function useBrowser(options: BrowserContextOptions = {}): E2EContext {
  const baseURL = inject('baseURL');
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  let foreign: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async (testContext) => {
    foreign = [];
    context = await browser!.newContext({ baseURL, serviceWorkers: 'block', ...options });
    // As a phone's Chrome does for a visible page; the headless shell would ask, and no one answers.
    await context.grantPermissions(['screen-wake-lock']);
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    page = await context.newPage();
    const current = page;
    testContext.onTestFailed(async () => {
      mkdirSync(screenshotDir, { recursive: true });
      await current.screenshot({ path: resolve(screenshotDir, `${fileSafe(testContext.task.name)}.png`), fullPage: true }).catch(() => undefined);
    });
  });
  afterEach(async () => {
    const leaked = foreign;
    await context?.close();
    context = null;
    expect(leaked, 'requests to other origins').toEqual([]);
  });

  return {
    baseURL,
    browser: () => browser!,
    context: () => context!,
    page: () => page!,
    foreignRequests: () => foreign,
  };
}
