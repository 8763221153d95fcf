#!/usr/bin/env node
// Timer accuracy over a visible run in real time: how late each displayed second appears.
// Every step of a workout lasts whole seconds and the run is not paused, so each change of the
// countdown should land on the grid start + k × 1000 ms, where start is the session's own start
// time (saved by the app; Date.now() clock). Lateness is the distance past the grid point,
// measured when React puts the new digits in the DOM (MutationObserver) and when the next frame
// starts (requestAnimationFrame, about when it is painted).
//   npx vite build && node scripts/measure-timer-accuracy.mjs [seconds=300] [routine=full-back]
import { launchChromium, median, servePreview } from './measure-browser.mjs';

const seconds = Number(process.argv[2] ?? 300);
const routineId = process.argv[3] ?? 'full-back';

/** Runs in the page: every change of the timer's text, on the Date.now() clock. */
function recordCountdown() {
  const record = { changes: [] };
  window.timerRecord = record;
  const wallNow = () => performance.timeOrigin + performance.now();
  let lastText = null;
  new MutationObserver(() => {
    const text = document.querySelector('[role="timer"]')?.textContent ?? null;
    if (text === null || text === lastText) return;
    lastText = text;
    const change = { text, domAt: wallNow(), frameAt: null, step: document.querySelector('h2')?.textContent };
    record.changes.push(change);
    requestAnimationFrame((frameAt) => (change.frameAt = performance.timeOrigin + frameAt));
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** The session's start, as the app saved it (src/stores/resumable-session.ts). */
function sessionStartedAtMs() {
  const saved = JSON.parse(localStorage.getItem('upright:session'));
  return JSON.parse(saved.session).startedAtMs;
}

/** Milliseconds past the nearest grid point (negative: early). */
const lateness = (at, startedAt) => {
  const offset = (at - startedAt) % 1000;
  return offset > 500 ? offset - 1000 : offset;
};

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  return `median ${median(values).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${sorted.at(-1).toFixed(1)} ms, earliest ${sorted[0].toFixed(1)} ms`;
};

const server = await servePreview();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  await context.addInitScript(recordCountdown);
  const page = await context.newPage();
  await page.goto(`${server.url}/play/${routineId}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(seconds * 1000);
  const record = await page.evaluate(() => window.timerRecord);
  const startedAt = await page.evaluate(sessionStartedAtMs);
  const changes = record.changes.slice(1); // the first digits appear with the screen, not on the grid
  const dom = changes.map((change) => lateness(change.domAt, startedAt));
  const frame = changes.filter((change) => change.frameAt !== null).map((change) => lateness(change.frameAt, startedAt));
  const steps = new Set(changes.map((change) => change.step)).size;
  const firstMinute = dom.slice(0, 60);
  const lastMinute = dom.slice(-60);
  console.log(`Timer accuracy, ${seconds} s of the "${routineId}" workout in real time, ${changes.length} displayed seconds over ${steps} exercises, Chromium ${browser.version()}:`);
  console.log(`  in the DOM:        ${summary(dom)}`);
  console.log(`  at the next frame: ${summary(frame)}`);
  const worst = changes
    .map((change, index) => ({ ...change, late: dom[index], second: Math.round((change.domAt - startedAt) / 1000) }))
    .sort((a, b) => b.late - a.late)
    .slice(0, 3);
  console.log(`  latest: ${worst.map((change) => `${change.late.toFixed(0)} ms at ${change.second} s (${change.step} ${change.text})`).join('; ')}`);
  console.log(`  build-up: median lateness in the first minute ${median(firstMinute).toFixed(1)} ms, in the last minute ${median(lastMinute).toFixed(1)} ms`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
