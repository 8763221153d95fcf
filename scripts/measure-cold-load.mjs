#!/usr/bin/env node
// Cold load of the built app against a bare React page built the same way (Vite, same React,
// same target, same preview server and headers), under a throttled profile: 4x CPU slowdown and
// Lighthouse's "slow 4G" network (150 ms RTT, 1.6 Mbps down, 750 kbps up), via the DevTools
// protocol. First visit each time (fresh context, no service worker, empty cache). Prints the
// median of the runs: first contentful paint, the longest main-thread task, bytes transferred.
//   npx vite build && node scripts/measure-cold-load.mjs [runs=5] [path=/]
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { launchChromium, median, root, servePreview } from './measure-browser.mjs';

const runs = Number(process.argv[2] ?? 5);
const appPath = process.argv[3] ?? '/';
const slow4g = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

/** A page that renders one heading with React 19 (createRoot), built into a temp directory. */
async function buildBareReactPage() {
  const directory = mkdtempSync(join(tmpdir(), 'upright-bare-react-'));
  symlinkSync(resolve(root, 'node_modules'), join(directory, 'node_modules'), 'dir');
  writeFileSync(join(directory, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare React</title></head><body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>');
  writeFileSync(join(directory, 'main.jsx'), "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Hello</h1>);\n");
  await build({ root: directory, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir: join(directory, 'dist'), target: 'es2022' } });
  return directory;
}

/** The longest task on the page's main thread, from a DevTools trace (any length, not only > 50 ms). */
function longestMainThreadTaskMs(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  return Math.max(0, ...tasks.map((task) => task.dur / 1000));
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slow4g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let transferredBytes = 0;
  cdp.on('Network.loadingFinished', (event) => (transferredBytes += event.encodedDataLength));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500); // lazy chunks and the first renders after load
  const trace = await browser.stopTracing();
  const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await context.close();
  return { fcpMs, longestTaskMs: longestMainThreadTaskMs(trace), transferredBytes };
}

async function measure(browser, label, url) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await loadOnce(browser, url));
  const pick = (key) => median(results.map((result) => result[key]));
  console.log(
    `  ${label.padEnd(22)} FCP ${pick('fcpMs').toFixed(0).padStart(5)} ms   longest task ${pick('longestTaskMs').toFixed(0).padStart(4)} ms   ` +
      `transferred ${(pick('transferredBytes') / 1000).toFixed(1)} kB   (FCP of each run: ${results.map((r) => r.fcpMs.toFixed(0)).join(', ')} ms)`,
  );
}

const bareDirectory = await buildBareReactPage();
const app = await servePreview();
const bare = await servePreview({ outDir: join(bareDirectory, 'dist') });
const browser = await launchChromium();
try {
  console.log(`Cold load, 4x CPU slowdown, slow 4G (150 ms RTT, 1.6 Mbps), median of ${runs} runs, Chromium ${browser.version()}:`);
  await measure(browser, 'bare React page', `${bare.url}/`);
  await measure(browser, `Upright ${appPath}`, app.url + appPath);
} finally {
  await browser.close();
  await app.close();
  await bare.close();
  rmSync(bareDirectory, { recursive: true, force: true });
}
