import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openScreen } from './a11y-route-list';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';

const e2e = useBrowser({ serviceWorkers: 'allow' });

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('installing the app', () => {
  it('links a manifest that names the app and offers icons in the sizes browsers ask for', async () => {
    const page = e2e.page();
    await openScreen(page, '/');
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(manifestUrl!)).json();

    expect(manifest).toMatchObject({ name: 'Upright — back workouts', short_name: 'Upright', display: 'standalone', start_url: '/' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons = manifest.icons as ManifestIcon[];
    const pngs = icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of pngs) {
      const response = await page.request.get(icon.src);
      expect(response.headers()['content-type'], icon.src).toBe('image/png');
      expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
    }
    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(pngSize(await (await page.request.get(appleIcon!)).body())).toBe('180x180');
    expect((await page.request.get('/favicon.ico')).status()).toBe(200);
  });

  it('fetches the service worker code only after the page has loaded, keeping it off the first load', async () => {
    const page = e2e.page();
    await openScreen(page, '/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const workbox = performance.getEntriesByType('resource').find((entry) => entry.name.includes('workbox-window'));
      return { loadEnd: navigation.loadEventEnd, workboxStart: workbox?.startTime ?? null };
    });
    expect(timing.workboxStart).not.toBeNull();
    expect(timing.workboxStart!).toBeGreaterThanOrEqual(timing.loadEnd);
  });

  it('precaches every script and style of the build, so any screen opens offline', async () => {
    const page = e2e.page();
    await openScreen(page, '/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const built = readdirSync(resolve(import.meta.dirname, '../../dist/assets')).map((file) => `/assets/${file}`);
    expect(built.length).toBeGreaterThan(5);
    expect(cached).toEqual(expect.arrayContaining([...built, '/index.html', '/manifest.webmanifest', '/icon-512.png']));
  });

  it('offers an "Install app" button when the browser allows installation', async () => {
    const page = e2e.page();
    await openScreen(page, '/');
    const install = page.getByRole('button', { name: 'Install app' });
    expect(await install.count()).toBe(0);

    // Headless Chromium never offers installation by itself; fire what it fires on a phone.
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: () => {
          (window as unknown as { promptShown: boolean }).promptShown = true;
          return Promise.resolve();
        },
      });
      window.dispatchEvent(offer);
    });
    await install.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await install.click();
    expect(await page.evaluate(() => (window as unknown as { promptShown?: boolean }).promptShown)).toBe(true);
    expect(await install.count()).toBe(0);
  });
});
