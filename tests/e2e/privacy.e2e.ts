import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everyScreen, openScreen } from './a11y-route-list';
import { useBrowser } from './harness/browser';
import { paths } from '../../src/shared/paths';

const e2e = useBrowser();

/** Collects CSP violations and console errors from the moment each document starts. */
async function watchForViolations(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { violations, consoleErrors };
}

describe('privacy and security', () => {
  // Each screen loaded once and re-themed in place (the theme follows the emulated colour scheme as
  // it changes): anything the dark theme fetched would be a request too, and any inline style or
  // script either theme needed would be a CSP violation.
  it('requests nothing from another origin and breaks no Content-Security-Policy rule on any screen, in either theme', async () => {
    const page = e2e.page();
    const watch = await watchForViolations(page);
    const sameOriginRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(e2e.baseURL)) sameOriginRequests.push(request.url());
    });
    for (const screen of everyScreen) {
      await page.emulateMedia({ colorScheme: 'light' });
      await openScreen(page, screen.path);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), screen.name).toBe('dark');
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
      expect(await watch.violations(), screen.name).toEqual([]);
    }
    // The recorder saw the app's own files, so an empty list of foreign requests means something.
    expect(sameOriginRequests.some((url) => url.includes('/assets/'))).toBe(true);
    expect(e2e.foreignRequests()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('runs a workout to its end under the Content-Security-Policy without a violation or a console error', async () => {
    const page = e2e.page();
    const watch = await watchForViolations(page);
    // A running workout: its countdown ring is styled from script (style props, set through
    // the CSSOM, which style-src 'self' allows). It runs to the end on a fake clock, so every
    // step, ring and effect of it has run before the check, and nothing of it can come later.
    await page.clock.install();
    await openScreen(page, paths.playExercise('pelvic-lift'));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('timer').waitFor();
    expect(await page.locator('[style]').count()).toBeGreaterThan(0);
    const finished = page.getByRole('heading', { name: 'Workout complete. Well done!' });
    for (let elapsedSeconds = 0; elapsedSeconds < 1800 && !(await finished.isVisible()); elapsedSeconds += 5) await page.clock.runFor(5000);
    expect(await finished.isVisible(), 'the workout reached its end').toBe(true);
    // A violation event is dispatched in a task queued when the violation happens; a message
    // round trip (not a timer, which the fake clock holds) lets any such task run first.
    await page.evaluate(() => new Promise<void>((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    }));
    expect(await watch.violations(), 'running workout').toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('sends the security headers with the page, deep links, the service worker and the manifest', async () => {
    for (const path of ['/', '/exercises/pelvic-lift', '/sw.js', '/manifest.webmanifest']) {
      const response = await fetch(new URL(path, e2e.baseURL));
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
    }
  });

  it('blocks injected script, HTML, inline handlers and connections to other servers', async () => {
    const page = e2e.page();
    const watch = await watchForViolations(page);
    await openScreen(page, '/');
    const outcome = await page.evaluate(async () => {
      const attempt = (run: () => unknown) => {
        try {
          run();
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      const injected = attempt(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      });
      // (eval cannot be tested from here: DevTools-evaluated code is exempt from the CSP; the
      // header test above checks that 'unsafe-eval' is absent.)
      const inlineHandler = attempt(() => {
        const button = document.createElement('button');
        button.setAttribute('onclick', 'window.injected = true');
        document.body.append(button);
        button.click();
      });
      const html = attempt(() => {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.injected = true">');
      });
      const fetched = await fetch('http://192.0.2.1/track').then(
        () => 'fetched',
        () => 'refused',
      );
      return { injected, inlineHandler, html, fetched, scriptRan: 'injected' in window };
    });
    expect(outcome).toEqual({ injected: 'TypeError', inlineHandler: 'TypeError', html: 'TypeError', fetched: 'refused', scriptRan: false });
    const violations = await watch.violations();
    expect(violations.some((violation) => violation.startsWith('connect-src'))).toBe(true);
    expect(violations.some((violation) => violation.startsWith('require-trusted-types-for'))).toBe(true);
  });
});
