#!/usr/bin/env node
// History with 10,000 workouts (over 25 years of daily use) in Chromium's real IndexedDB, on this
// machine and with a 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate). Not a test: it prints
// figures (README "History").
//  1. Production build (vite preview): open History from Home by its navigation link, to the first
//     screen drawn (the first workout on screen, then a frame): the first open (its lazy chunk
//     fetched) and later ones; and a full page load of /history. The longest main-thread task
//     during each, from a Chromium trace.
//  2. Dev server (the page imports src/stores/history-store.ts, the app's own code): append one
//     workout with historyActions.workoutRecorded (row, per-day summary and bests, one transaction).
//   npx vite build && node scripts/measure-history.mjs [workouts=10000]
import { createServer } from 'vite';
import { launchChromium, median, root, servePreview } from './measure-browser.mjs';

const workoutCount = Number(process.argv[2] ?? 10_000);
const RUNS = 5;

/** In the page: stores `count` daily workouts as the app would (rows and per-day summary), in batches. */
async function seedInPage(count) {
  const DAY_MS = 86_400_000;
  const firstStartMs = Date.UTC(2001, 0, 1, 7, 30);
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open('upright');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const dayKey = (ms) => {
    const date = new Date(ms);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };
  // The per-day summary, one row per month (src/stores/persistence/user-database.ts MonthRow).
  const months = new Map();
  for (let start = 0; start < count; start += 1_000) {
    const tx = database.transaction(['workouts', 'days', 'bests'], 'readwrite');
    for (let index = start; index < Math.min(count, start + 1_000); index += 1) {
      const startedAtMs = firstStartMs + index * DAY_MS;
      const heldMs = 20_000 + (index % 500) * 37;
      const exercisesDone = ['quadruped-leg-raise', 'back-stretch-countermovement', 'pelvic-lift', 'prone-chest-raise-t'];
      const record = {
        routineId: index % 3 ? 'lower-back-full' : 'upper-back',
        routineName: index % 3 ? 'Full lower back' : 'Upper back',
        startedAtMs,
        endedAtMs: startedAtMs + 620_000,
        activeMs: 600_000,
        pausedMs: 20_000,
        completed: true,
        stepsDone: 150,
        stepsSkipped: 0,
        stepsExtended: 0,
        exercisesDone,
        exercisesSkipped: [],
        maxHolds: [
          { exerciseId: 'prone-chest-raise-t', side: null, heldMs, capReached: false },
          { exerciseId: 'prone-chest-raise-t', side: null, heldMs: heldMs - 2_000, capReached: false },
        ],
        exercises: exercisesDone.map((exerciseId, itemIndex) => ({ itemIndex, exerciseId, outcome: 'done' })),
        ...(index % 7 === 0 ? { rating: 'right', note: 'Felt good, "steady" breathing.' } : {}),
      };
      tx.objectStore('workouts').put({ id: `${startedAtMs}:${record.routineId}`, endedAtMs: record.endedAtMs, routineId: record.routineId, exerciseIds: exercisesDone, v: 1, data: record });
      const day = dayKey(startedAtMs);
      months.set(day.slice(0, 7), [...(months.get(day.slice(0, 7)) ?? Array.from({ length: 31 }, () => 0))]);
      months.get(day.slice(0, 7))[Number(day.slice(8)) - 1] += 1;
    }
    for (const [month, counts] of months) tx.objectStore('days').put({ month, counts });
    if (start === 0) tx.objectStore('bests').put({ exerciseId: 'prone-chest-raise-t', v: 1, data: { exerciseId: 'prone-chest-raise-t', heldMs: 20_000 + 499 * 37, achievedAtMs: firstStartMs } });
    await new Promise((resolve) => (tx.oncomplete = resolve));
  }
  const stored = await new Promise((resolve) => {
    const request = database.transaction('workouts').objectStore('workouts').count();
    request.onsuccess = () => resolve(request.result);
  });
  database.close();
  return stored;
}

function longestMainThreadTaskMs(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return Math.max(0, ...events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)).map((e) => e.dur / 1000));
}

/** In the page: clicks the History link and resolves with the ms until a frame after the first workout is on screen. */
function openHistoryInPage() {
  return new Promise((resolve) => {
    const startMs = performance.now();
    document.querySelector('a.nav-link[href="/history"]').click();
    const check = () => (document.querySelector('.history-workout') ? requestAnimationFrame(() => resolve(performance.now() - startMs)) : requestAnimationFrame(check));
    check();
  });
}

async function traced(browser, page, work) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const value = await work();
  await page.waitForTimeout(300); // what the open set off (the second read) finishes inside the trace
  return { value, longestTaskMs: longestMainThreadTaskMs(await browser.stopTracing()) };
}

async function measureOpen(browser, baseUrl, cpuSlowdown) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/history`);
  await page.locator('h1').waitFor();
  const stored = await page.evaluate(seedInPage, workoutCount);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const firstOpens = [];
  const laterOpens = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(1_000);
    firstOpens.push(await traced(browser, page, () => page.evaluate(openHistoryInPage)));
    await page.getByRole('link', { name: 'Workouts', exact: true }).click();
    await page.waitForTimeout(500);
    laterOpens.push(await traced(browser, page, () => page.evaluate(openHistoryInPage)));
  }
  const loads = [];
  for (let run = 0; run < RUNS; run += 1) {
    loads.push(
      await traced(browser, page, async () => {
        await page.goto(`${baseUrl}/history`);
        await page.locator('.history-workout').first().waitFor();
        return page.evaluate(() => performance.now());
      }),
    );
  }
  await context.close();
  return { stored, firstOpens, laterOpens, loads };
}

async function measureAppend(browser) {
  const dev = await createServer({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await dev.listen();
  const baseUrl = `http://127.0.0.1:${dev.httpServer.address().port}`;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/history`);
    await page.locator('h1').waitFor();
    await page.evaluate(seedInPage, workoutCount);
    // Workouts are appended by the player, not while History shows (which reads again after each).
    await page.goto(`${baseUrl}/settings`);
    await page.locator('h1').waitFor();
    const results = {};
    for (const cpuSlowdown of [1, 4]) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      results[cpuSlowdown] = await page.evaluate(async (slowdown) => {
        const history = await import('/src/stores/history-store.ts');
        await history.historyLoaded;
        const times = [];
        for (let run = 0; run < 30; run += 1) {
          const startedAtMs = Date.UTC(2030, 0, 1, 7, 0) + (slowdown * 100 + run) * 86_400_000;
          const record = { routineId: 'upper-back', routineName: 'Upper back', startedAtMs, endedAtMs: startedAtMs + 540_000, activeMs: 540_000, pausedMs: 0, completed: true, stepsDone: 90, stepsSkipped: 0, stepsExtended: 0, exercisesDone: ['prone-chest-raise-t'], exercisesSkipped: [], maxHolds: [{ exerciseId: 'prone-chest-raise-t', side: null, heldMs: 30_000 + run, capReached: false }], exercises: [] };
          const startMs = performance.now();
          await history.historyActions.workoutRecorded(record);
          times.push(performance.now() - startMs);
        }
        return times;
      }, cpuSlowdown);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    return results;
  } finally {
    await context.close();
    await dev.close();
  }
}

const browser = await launchChromium();
const app = await servePreview();
try {
  console.log(`History with ${workoutCount.toLocaleString('en')} workouts in IndexedDB, Chromium ${browser.version()}, median of ${RUNS} (max in brackets):`);
  const fmt = (values) => `${median(values).toFixed(0).padStart(4)} ms (${Math.max(...values).toFixed(0)})`;
  for (const cpuSlowdown of [1, 4]) {
    const open = await measureOpen(browser, app.url, cpuSlowdown);
    const label = cpuSlowdown === 1 ? 'this machine' : `${cpuSlowdown}x CPU slowdown`;
    console.log(`  ${label} (${open.stored.toLocaleString('en')} stored):`);
    console.log(`    open History from Home, first time (lazy chunk fetched): ${fmt(open.firstOpens.map((each) => each.value))}, longest task ${fmt(open.firstOpens.map((each) => each.longestTaskMs))}`);
    console.log(`    open History from Home, again:                           ${fmt(open.laterOpens.map((each) => each.value))}, longest task ${fmt(open.laterOpens.map((each) => each.longestTaskMs))}`);
    console.log(`    load /history (navigation start to first workout drawn): ${fmt(open.loads.map((each) => each.value))}, longest task ${fmt(open.loads.map((each) => each.longestTaskMs))}`);
  }
  await app.close();
  const append = await measureAppend(browser);
  for (const [cpuSlowdown, times] of Object.entries(append)) {
    console.log(`  append one workout (historyActions.workoutRecorded, dev server), ${cpuSlowdown}x CPU: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
}
