#!/usr/bin/env node
// The player on a cheap phone: Chromium with a 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate),
// a 390×844 touch screen (Start is tapped: a mouse left over the page would add hover hit tests
// and pointer events after every layout, which a phone does not have), the production build.
// The tap is the browser's own touch input (CDP Input.dispatchTouchEvent at Start's centre), as a
// finger's: Playwright's tap() first checks its target with listeners of its own on every pointer
// and touch event, and an elementsFromPoint, work a phone does not do that counted in the input
// delay (--playwright-tap measures that way, for comparison with figures taken before).
// Prints, in one run:
//   - Start → countdown painted: the Start click's Event Timing duration (input to the next paint),
//     whether that paint shows the countdown (checked in the frame after the tap, just before it
//     paints: a countdown visible and no pre-start screen shown), and the longest task around it;
//   - while the workout counts down (real time, no fake clock): tasks over 50 ms (Long Tasks API)
//     and the main thread's busy share (CDP Performance.getMetrics TaskDuration).
//   npx vite build && node scripts/measure-cheap-phone.mjs [seconds=30] [routine=lower-back-full] [runs=3] [--builds=dirA,dirB] [--motion] [--playwright-tap]
// With --builds, each run measures every build in turn (interleaved, so a machine whose speed
// drifts during the runs treats them alike) and the figures are printed per build.
import { resolve } from 'node:path';
import { launchChromium, median, root, servePreview } from './measure-browser.mjs';

const buildsFlag = process.argv.find((arg) => arg.startsWith('--builds='));
// Reduced motion by default (the figure still, the ring in steps); --motion for the moving figure and ring.
const reducedMotion = process.argv.includes('--motion') ? 'no-preference' : 'reduce';
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const seconds = Number(positional[0] ?? 30);
const routineId = positional[1] ?? 'lower-back-full';
const runs = Number(positional[2] ?? 3);
const builds = buildsFlag ? buildsFlag.slice('--builds='.length).split(',').map((dir) => resolve(dir)) : [resolve(root, 'dist')];
const CPU_SLOWDOWN = 4;
const playwrightTap = process.argv.includes('--playwright-tap');

/** Records long tasks and the Start click's event timing from the page's first script on. */
const instrument = () => {
  window.__longTasks = [];
  window.__events = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__longTasks.push({ startTime: entry.startTime, duration: entry.duration }))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__events.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration, processingEnd: entry.processingEnd, processingStart: entry.processingStart }))).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // What the first frame after the click paints: a rAF queued after the click's handlers runs just
  // before that paint. (Playwright's own waiting is not used before it: it polls inside the page.)
  window.addEventListener('click', () => {
    requestAnimationFrame(() => {
      const timer = [...document.querySelectorAll('[role="timer"]')].find((element) => element.checkVisibility({ visibilityProperty: true }));
      // Start may only hide the pre-start layer over the workout screen drawn under it: what counts is what shows.
      const preStartShown = [...document.querySelectorAll('.pre-start-layer, .pre-start')].some((element) => element.checkVisibility({ visibilityProperty: true }));
      window.__countdownInFirstPaint = timer !== undefined && !preStartShown;
    });
  }, { once: true });
};

/** Start's centre on the screen, once it is there, scrolled to as a thumb would. */
async function waitForStart(page) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const box = await page.evaluate(() => {
      const start = [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Start');
      if (!start) return null;
      start.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = start.getBoundingClientRect();
      return { x, y, width, height };
    });
    if (box) return box;
    await page.waitForTimeout(100);
  }
  throw new Error('Start did not appear');
}

async function once(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/play/${routineId}`);
  let box;
  if (playwrightTap) {
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await start.waitFor();
    await page.waitForTimeout(1500); // the page's own start-up work is over
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  } else {
    // Found and scrolled to by the page's own DOM calls: a Playwright locator would install
    // Playwright's listeners in the page, and they would run at the tap.
    box = await waitForStart(page);
    await page.waitForTimeout(1500); // the page's own start-up work is over
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  const clickedAt = await page.evaluate(() => performance.now());
  if (playwrightTap) await page.getByRole('button', { name: 'Start', exact: true }).tap();
  else {
    // Sent together, as Playwright's tap() does once its checks are done.
    const finger = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await Promise.all([cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [finger] }), cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })]);
  }
  await page.waitForTimeout(1500);
  await page.getByRole('timer').first().waitFor();
  const startFigures = await page.evaluate((since) => {
    // The tap's pointerup and click share one next paint; the longest of them is the one to report.
    const click = window.__events.filter((entry) => ['click', 'pointerup', 'touchend'].includes(entry.name) && entry.startTime >= since - 50).sort((a, b) => b.duration - a.duration)[0];
    const tasks = window.__longTasks.filter((task) => task.startTime >= since - 50 && task.startTime <= since + 1500);
    return { clickMs: click?.duration ?? null, processingMs: click ? click.processingEnd - click.processingStart : null, inputDelayMs: click ? click.processingStart - click.startTime : null, presentationMs: click ? click.startTime + click.duration - click.processingEnd : null, clickName: click?.name, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)), countdownInFirstPaint: window.__countdownInFirstPaint === true };
  }, clickedAt);

  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const countingFrom = await page.evaluate(() => performance.now());
  const before = await read();
  const wallStart = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const after = await read();
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const countingTasks = await page.evaluate((since) => window.__longTasks.filter((task) => task.startTime >= since).map((task) => Math.round(task.duration)), countingFrom);
  await context.close();
  return { ...startFigures, busyPercent: ((after.TaskDuration - before.TaskDuration) / wallSeconds) * 100, countingLongTasks: countingTasks };
}

const fmt = (value) => (value === null ? 'n/a' : `${Math.round(value)} ms`);

function report(results) {
  results.forEach((result, index) =>
    console.log(`  run ${index + 1}: Start → next paint ${fmt(result.clickMs)} (${result.clickName}: input delay ${fmt(result.inputDelayMs)}, handlers ${fmt(result.processingMs)}, then ${fmt(result.presentationMs)} to the paint; ${result.countdownInFirstPaint ? 'it shows the countdown' : 'it does NOT show the countdown'}), longest task then ${fmt(result.longestTaskMs)}; counting ${seconds} s: ${result.busyPercent.toFixed(2)} % busy, tasks over 50 ms: ${result.countingLongTasks.length ? result.countingLongTasks.join(', ') + ' ms' : 'none'}`),
  );
  console.log(`  median: Start → next paint ${fmt(median(results.map((result) => result.clickMs ?? 0)))} (target 100 ms); main thread ${median(results.map((result) => result.busyPercent)).toFixed(2)} % busy while counting (target < 3 %); long tasks while counting: ${results.reduce((sum, result) => sum + result.countingLongTasks.length, 0)} in all runs (target 0)`);
}

const servers = [];
for (const outDir of builds) servers.push(await servePreview({ outDir }));
const browser = await launchChromium();
try {
  const results = builds.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, server] of servers.entries()) results[index].push(await once(browser, server.url));
  }
  console.log(`The player at ${CPU_SLOWDOWN}× CPU slowdown, 390×844, "${routineId}", ${reducedMotion === 'reduce' ? 'reduced motion' : 'with motion'}, ${playwrightTap ? "Playwright's tap()" : 'a touch from CDP'}, ${runs} runs, Chromium ${browser.version()}:`);
  builds.forEach((outDir, index) => {
    if (builds.length > 1) console.log(` ${outDir}:`);
    report(results[index]);
  });
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
