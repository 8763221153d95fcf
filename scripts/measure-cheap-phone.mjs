#!/usr/bin/env node
// The player on a cheap phone: Chromium with a 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate),
// a 390×844 touch screen (Start is tapped: a mouse left over the page would add hover hit tests
// and pointer events after every layout, which a phone does not have), the production build.
// Prints, in one run:
//   - Start → countdown painted: the Start click's Event Timing duration (input to the next paint,
//     which shows the countdown), and the longest task around it;
//   - while the workout counts down (real time, no fake clock): tasks over 50 ms (Long Tasks API)
//     and the main thread's busy share (CDP Performance.getMetrics TaskDuration).
//   npx vite build && node scripts/measure-cheap-phone.mjs [seconds=30] [routine=lower-back-full] [runs=3]
import { launchChromium, median, servePreview } from './measure-browser.mjs';

const seconds = Number(process.argv[2] ?? 30);
const routineId = process.argv[3] ?? 'lower-back-full';
const runs = Number(process.argv[4] ?? 3);
const CPU_SLOWDOWN = 4;

/** Records long tasks and the Start click's event timing from the page's first script on. */
const instrument = () => {
  window.__longTasks = [];
  window.__events = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__longTasks.push({ startTime: entry.startTime, duration: entry.duration }))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__events.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration, processingEnd: entry.processingEnd, processingStart: entry.processingStart }))).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

async function once(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/play/${routineId}`);
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await start.waitFor();
  await page.waitForTimeout(1500); // the page's own start-up work is over
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const clickedAt = await page.evaluate(() => performance.now());
  await start.tap();
  await page.getByRole('timer').first().waitFor();
  await page.waitForTimeout(1500);
  const startFigures = await page.evaluate((since) => {
    // The tap's pointerup and click share one next paint; the longest of them is the one to report.
    const click = window.__events.filter((entry) => ['click', 'pointerup', 'touchend'].includes(entry.name) && entry.startTime >= since - 50).sort((a, b) => b.duration - a.duration)[0];
    const tasks = window.__longTasks.filter((task) => task.startTime >= since - 50 && task.startTime <= since + 1500);
    return { clickMs: click?.duration ?? null, processingMs: click ? click.processingEnd - click.processingStart : null, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)) };
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

const server = await servePreview();
const browser = await launchChromium();
try {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await once(browser, server.url));
  const fmt = (value) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
  console.log(`The player at ${CPU_SLOWDOWN}× CPU slowdown, 390×844, "${routineId}", ${runs} runs, Chromium ${browser.version()}:`);
  results.forEach((result, index) =>
    console.log(`  run ${index + 1}: Start → next paint ${fmt(result.clickMs)} (handlers ${fmt(result.processingMs)}), longest task then ${fmt(result.longestTaskMs)}; counting ${seconds} s: ${result.busyPercent.toFixed(2)} % busy, tasks over 50 ms: ${result.countingLongTasks.length ? result.countingLongTasks.join(', ') + ' ms' : 'none'}`),
  );
  console.log(`  median: Start → next paint ${fmt(median(results.map((result) => result.clickMs ?? 0)))} (target 100 ms); main thread ${median(results.map((result) => result.busyPercent)).toFixed(2)} % busy while counting (target < 3 %); long tasks while counting: ${results.reduce((sum, result) => sum + result.countingLongTasks.length, 0)} in all runs (target 0)`);
} finally {
  await browser.close();
  await server.close();
}
