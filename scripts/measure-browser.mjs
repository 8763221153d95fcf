// Shared by the scripts/measure-*.mjs figures: the built app served by `vite preview` (with the
// production headers) and Debian's Chromium, driven over the DevTools protocol.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const { args: chromiumArgs } = JSON.parse(readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'));

export const root = resolve(import.meta.dirname, '..');

/** Serves a built directory (default: the app's dist/) on 127.0.0.1; close() stops it. */
export async function servePreview({ outDir = resolve(root, 'dist'), configFile = resolve(root, 'vite.config.ts') } = {}) {
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`${outDir} has no index.html: build it first (npx vite build).`);
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required'],
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
