#!/usr/bin/env node
// CPU time of the page while a workout counts down, in real time (no fake clock), from the
// DevTools protocol's Performance.getMetrics: TaskDuration is the main thread's busy time.
// Measured twice: with motion (the ring drains continuously) and with prefers-reduced-motion.
//   npx vite build && node scripts/measure-countdown-cpu.mjs [seconds=60] [routine=full-back]
import { launchChromium, servePreview } from './measure-browser.mjs';

const seconds = Number(process.argv[2] ?? 60);
const routineId = process.argv[3] ?? 'full-back';

async function measure(browser, url, reducedMotion) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 }, reducedMotion });
  const page = await context.newPage();
  await page.goto(`${url}/play/${routineId}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText('Get ready', { exact: true }).waitFor();
  await page.waitForTimeout(2000); // past the start's one-off work (lazy code, first renders)

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const before = await read();
  const startedAtMs = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const after = await read();
  const wallSeconds = (performance.now() - startedAtMs) / 1000;

  const busy = (name) => after[name] - before[name];
  const percent = (value) => ((value / wallSeconds) * 100).toFixed(2);
  const stepNow = await page.getByRole('heading', { level: 2 }).first().textContent();
  console.log(`Countdown CPU, ${reducedMotion === 'reduce' ? 'reduced motion' : 'full motion'}, ${wallSeconds.toFixed(1)} s of the "${routineId}" workout (now at: ${stepNow}), Chromium ${browser.version()}:`);
  console.log(`  main-thread busy (TaskDuration): ${(busy('TaskDuration') * 1000).toFixed(0)} ms = ${percent(busy('TaskDuration'))} % of one core (target < 2 %)`);
  console.log(`    script ${(busy('ScriptDuration') * 1000).toFixed(0)} ms, style ${(busy('RecalcStyleDuration') * 1000).toFixed(0)} ms, layout ${(busy('LayoutDuration') * 1000).toFixed(0)} ms`);
  console.log(`  layouts: ${busy('LayoutCount')}, style recalcs: ${busy('RecalcStyleCount')}, JS heap now ${(after.JSHeapUsedSize / 1e6).toFixed(1)} MB`);
  await context.close();
}

const server = await servePreview();
const browser = await launchChromium();
try {
  await measure(browser, server.url, 'no-preference');
  await measure(browser, server.url, 'reduce');
} finally {
  await browser.close();
  await server.close();
}
