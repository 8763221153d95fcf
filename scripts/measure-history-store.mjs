#!/usr/bin/env node
// The history with 10,000 workouts (over 25 years of daily use) in Chromium's real IndexedDB.
//  1. Through the app's own store code (the dev server serves src/ as modules, so the page can
//     import src/stores/history-store.ts): append one workout, read the last 30 days through the
//     end-time index, read the bests. Median of repeated runs.
//  2. On the production build (vite preview): the first start that moves 10,000 workouts out of
//     Upright 0.1's localStorage form, then an ordinary start with them in IndexedDB: the longest
//     main-thread task that runs the app's JavaScript while loading Home, the chest-raise player
//     and Settings (and the longest of all), at full speed and with a 4x CPU slowdown.
//   npx vite build && node scripts/measure-history-store.mjs [workouts=10000]
import { createServer } from 'vite';
import { launchChromium, median, root, servePreview } from './measure-browser.mjs';

const workoutCount = Number(process.argv[2] ?? 10_000);
const DAY_MS = 86_400_000;
const firstStartMs = Date.UTC(2001, 0, 1, 7, 30);

/** Upright 0.1's compact localStorage history (see src/stores/formats/legacy-history-form.ts). */
function legacyHistory() {
  const routines = [['lower-back-full', 'Full lower back'], ['upper-back', 'Upper back']];
  const exerciseIds = ['quadruped-leg-raise', 'back-stretch-countermovement', 'pelvic-lift', 'prone-chest-raise-t', 'diagonal-arm-leg-raise'];
  const records = [];
  let bestMs = 0;
  for (let index = 0; index < workoutCount; index += 1) {
    const heldMs = 20_000 + (index % 500) * 37;
    bestMs = Math.max(bestMs, heldMs);
    records.push([index % 3 ? 0 : 1, firstStartMs + index * DAY_MS, 620_000, 600_000, 20_000, 1, 150, 2, 1, [0, 1, 2, 3, 4], [], [[3, 0, heldMs], [3, 0, heldMs - 2_000]]]);
  }
  const bestHoldByExercise = { 'prone-chest-raise-t': { exerciseId: 'prone-chest-raise-t', heldMs: bestMs, achievedAtMs: firstStartMs } };
  return JSON.stringify({ state: { routines, exerciseIds, records, bestHoldByExercise }, version: 1 });
}

/**
 * The longest main-thread task, and the longest one that runs the app's JavaScript (a module's
 * evaluation or a call into it). The others are the browser's own: making the new document and
 * its JavaScript context at the navigation, which a bare page has too.
 */
function longestMainThreadTaskMs(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const scripts = onMain.filter((e) => ['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'v8.callFunction'].includes(e.name));
  const runsScript = (task) => scripts.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur);
  return { allMs: Math.max(0, ...tasks.map((e) => e.dur / 1000)), appMs: Math.max(0, ...tasks.filter(runsScript).map((e) => e.dur / 1000)) };
}

async function seed(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  await page.evaluate((history) => localStorage.setItem('upright:history', history), legacyHistory());
}

/** Waits until the app has moved the old history into IndexedDB (the old key is removed last). */
const migrated = (page) => page.waitForFunction(() => localStorage.getItem('upright:history') === null, null, { timeout: 120_000 });

async function measureStoreCalls(browser) {
  const dev = await createServer({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await dev.listen();
  const baseUrl = `http://127.0.0.1:${dev.httpServer.address().port}`;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await seed(page, baseUrl);
    const migrationStartMs = Date.now();
    await page.goto(`${baseUrl}/settings`);
    await migrated(page);
    const migrationMs = Date.now() - migrationStartMs;
    const figures = await page.evaluate(async (count) => {
      const history = await import('/src/stores/history-store.ts');
      const { userDatabase } = await import('/src/stores/persistence/user-database.ts');
      await history.historyLoaded;
      const timed = async (work) => {
        const startMs = performance.now();
        await work();
        return performance.now() - startMs;
      };
      const stored = await (await userDatabase()).database.count('workouts');
      const lastDay = Date.UTC(2001, 0, 1) + count * 86_400_000;
      const append = [];
      const lastThirtyDays = [];
      const bests = [];
      for (let run = 0; run < 30; run += 1) {
        const startedAtMs = lastDay + (run + 1) * 86_400_000;
        const record = { routineId: 'upper-back', routineName: 'Upper back', startedAtMs, endedAtMs: startedAtMs + 540_000, activeMs: 540_000, pausedMs: 0, completed: true, stepsDone: 90, stepsSkipped: 0, stepsExtended: 0, exercisesDone: ['prone-reverse-fly'], exercisesSkipped: [], exercises: [{ itemIndex: 0, exerciseId: 'prone-reverse-fly', outcome: 'done' }], maxHolds: [{ exerciseId: 'prone-chest-raise-t', side: null, heldMs: 30_000 + run }] };
        append.push(await timed(() => history.historyActions.workoutRecorded(record)));
        lastThirtyDays.push(await timed(() => history.readWorkoutsEndedSince(startedAtMs - 30 * 86_400_000)));
        bests.push(await timed(async () => (await userDatabase()).database.getAll('bests')));
      }
      return { stored, append, lastThirtyDays, bests };
    }, workoutCount);
    return { migrationMs, ...figures };
  } finally {
    await context.close();
    await dev.close();
  }
}

async function longestTaskOnLoad(browser, context, url, cpuSlowdown) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2_000); // lazy chunks, the database opening and the first reads
  const longestMs = longestMainThreadTaskMs(await browser.stopTracing());
  await page.close();
  return longestMs;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
const RUNS = 5;
const PATHS = ['/', '/play/exercise/prone-chest-raise-t', '/settings'];

async function longestTasks(browser, context, baseUrl) {
  const rows = [];
  for (const path of PATHS) {
    const plain = [];
    const slowed = [];
    for (let run = 0; run < RUNS; run += 1) {
      plain.push(await longestTaskOnLoad(browser, context, baseUrl + path, 1));
      slowed.push(await longestTaskOnLoad(browser, context, baseUrl + path, 4));
    }
    const medianOf = (runs, key) => median(runs.map((run) => run[key]));
    rows.push({ path, plain: { allMs: medianOf(plain, 'allMs'), appMs: medianOf(plain, 'appMs') }, slowed: { allMs: medianOf(slowed, 'allMs'), appMs: medianOf(slowed, 'appMs') } });
  }
  return rows;
}

async function measureStartUp(browser) {
  const app = await servePreview();
  const empty = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  const emptyRows = await longestTasks(browser, empty, app.url);
  await empty.close();
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    await seed(page, app.url);
    const firstStartLongestMs = await (async () => {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.goto(`${app.url}/`, { waitUntil: 'load' });
      await migrated(page);
      return longestMainThreadTaskMs(await browser.stopTracing()).allMs;
    })();
    await page.close();
    return { firstStartLongestMs, rows: await longestTasks(browser, context, app.url), emptyRows };
  } finally {
    await context.close();
    await app.close();
  }
}

const browser = await launchChromium();
try {
  console.log(`History of ${workoutCount.toLocaleString('en')} workouts in IndexedDB, Chromium ${browser.version()}:`);
  const calls = await measureStoreCalls(browser);
  const ms = (values) => `median ${median(values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
  console.log(`  moved from localStorage on the first start: ${calls.stored.toLocaleString('en')} workouts in ${calls.migrationMs} ms (dev server)`);
  console.log(`  append one workout (with its best compared): ${ms(calls.append)}`);
  console.log(`  read the last 30 days (end-time index):      ${ms(calls.lastThirtyDays)}`);
  console.log(`  read the bests:                              ${ms(calls.bests)}`);
  const startUp = await measureStartUp(browser);
  console.log(`  longest main-thread task, first start moving them (production build): ${startUp.firstStartLongestMs.toFixed(0)} ms`);
  console.log(`  while loading (median of ${RUNS}), the longest main-thread task that runs the app's JavaScript (the longest of all, the browser's own included, in brackets):`);
  console.log(`    ${''.padEnd(36)} ${`with ${workoutCount.toLocaleString('en')} workouts`.padEnd(34)} | with an empty history`);
  const figures = ({ plain, slowed }) => `${plain.appMs.toFixed(0).padStart(4)} ms (${plain.allMs.toFixed(0)}), 4x CPU ${slowed.appMs.toFixed(0).padStart(4)} ms (${slowed.allMs.toFixed(0)})`;
  startUp.rows.forEach((row, index) => console.log(`    ${row.path.padEnd(36)} ${figures(row).padEnd(34)} | ${figures(startUp.emptyRows[index])}`));
} finally {
  await browser.close();
}
