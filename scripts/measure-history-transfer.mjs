#!/usr/bin/env node
// The history's export and import with many workouts (default 10,000: over 25 years of daily use),
// on the production build in Chromium's real IndexedDB. Seeds the workouts as stored rows, then
// times, from the click to the result on screen: "Everything as JSON" and "Workouts as CSV" (to the
// download), and in a second, empty browser context the file's check and preview, then the import
// (one transaction). Prints the longest main-thread task during each (PerformanceObserver
// 'longtask': only tasks over 50 ms are reported, so "none" means none over 50 ms).
//   npx vite build && node scripts/measure-history-transfer.mjs [workouts=10000] [cpuSlowdown=1]
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, servePreview } from './measure-browser.mjs';

const workoutCount = Number(process.argv[2] ?? 10_000);
const cpuSlowdown = Number(process.argv[3] ?? 1);
// Every 20 hours from 2001: 10,000 of them end in 2023, not in the future (which an import refuses).
const DAY_MS = 20 * 3_600_000;
const FIRST_START_MS = Date.UTC(2001, 0, 1, 7, 30);

/** Stored rows as the app writes them (src/stores/formats/workout-format.ts, version 1). */
function seedRows({ count, firstStartMs, dayMs }) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('upright');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const tx = request.result.transaction('workouts', 'readwrite');
      for (let index = 0; index < count; index += 1) {
        const startedAtMs = firstStartMs + index * dayMs;
        const heldMs = 20_000 + (index % 500) * 37;
        const data = {
          routineId: 'lower-back-full', routineName: 'Full lower back', startedAtMs, endedAtMs: startedAtMs + 620_000, activeMs: 600_000, pausedMs: 20_000,
          completed: true, stepsDone: 150, stepsSkipped: 2, stepsExtended: 1,
          exercisesDone: ['quadruped-leg-raise', 'pelvic-lift', 'prone-chest-raise-t'], exercisesSkipped: [],
          maxHolds: [{ exerciseId: 'prone-chest-raise-t', side: null, heldMs, capReached: false }, { exerciseId: 'prone-chest-raise-t', side: null, heldMs: heldMs - 2_000, capReached: false }],
          exercises: [{ itemIndex: 0, exerciseId: 'quadruped-leg-raise', outcome: 'done' }, { itemIndex: 1, exerciseId: 'pelvic-lift', outcome: 'done' }, { itemIndex: 2, exerciseId: 'prone-chest-raise-t', outcome: 'done' }],
          ...(index % 7 === 0 ? { rating: 'right', note: 'Felt fine, "a bit stiff",\nthen better' } : {}),
        };
        tx.objectStore('workouts').put({ id: `${startedAtMs}:lower-back-full`, endedAtMs: data.endedAtMs, routineId: data.routineId, exerciseIds: data.exercisesDone, v: 1, data });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  });
}

const watchLongTasks = () => {
  window.longTaskMs = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.longTaskMs.push(entry.duration))).observe({ type: 'longtask', buffered: true });
};
const longest = (page) => page.evaluate(() => { const worst = Math.max(0, ...window.longTaskMs); window.longTaskMs = []; return worst; });
const describeLongest = (ms) => (ms === 0 ? 'none over 50 ms' : `${Math.round(ms)} ms`);

async function newPage(browser) {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  if (cpuSlowdown !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { context, page };
}

async function openSettings(page, url) {
  await page.goto(`${url}/settings`);
  await page.getByRole('heading', { name: 'Export your history' }).waitFor({ timeout: 120_000 });
}

async function timedDownload(page, button, directory) {
  await longest(page);
  const startedAt = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByRole('button', { name: button }).click()]);
  const file = join(directory, download.suggestedFilename());
  await download.saveAs(file);
  const ms = Date.now() - startedAt;
  console.log(`${button}: ${ms} ms to the download, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; longest task ${describeLongest(await longest(page))}`);
  return file;
}

const server = await servePreview();
const browser = await launchChromium();
try {
  const directory = mkdtempSync(join(tmpdir(), 'upright-history-transfer-'));
  console.log(`${workoutCount} workouts, CPU slowdown ${cpuSlowdown}x`);
  const source = await newPage(browser);
  await openSettings(source.page, server.url);
  await source.page.evaluate(seedRows, { count: workoutCount, firstStartMs: FIRST_START_MS, dayMs: DAY_MS });
  await openSettings(source.page, server.url);
  const json = await timedDownload(source.page, 'Everything as JSON', directory);
  await timedDownload(source.page, 'Workouts as CSV', directory);
  await timedDownload(source.page, 'Holds as CSV', directory);

  const target = await newPage(browser);
  await openSettings(target.page, server.url);
  await longest(target.page);
  let startedAt = Date.now();
  await target.page.getByLabel('Choose a history file').setInputFiles(json);
  const preview = target.page.getByText(/^This file holds [\d,]+ workouts/);
  await preview.or(target.page.getByRole('alert')).waitFor({ timeout: 300_000 });
  if (!(await preview.isVisible())) throw new Error(`The import was refused: ${await target.page.getByRole('alert').textContent()}`);
  console.log(`Import check and preview: ${Date.now() - startedAt} ms; longest task ${describeLongest(await longest(target.page))}`);
  startedAt = Date.now();
  await target.page.getByRole('button', { name: /^Import .* new workouts?$/ }).click();
  await target.page.getByText(/^Imported .* workouts?\.$/).waitFor({ timeout: 300_000 });
  console.log(`Import (one transaction) until "Imported": ${Date.now() - startedAt} ms; longest task ${describeLongest(await longest(target.page))}`);
  await Promise.all([source.context.close(), target.context.close()]);
} finally {
  await browser.close();
  await server.close();
}
