#!/usr/bin/env node
// The workout player's timing in a real browser, in real time (no fake clock): how late each
// change of the displayed second is versus the session's true deadline, and how often React
// commits while counting down.
//
// Serves the existing production build (dist/; build it first: `npx vite build`) with the
// production headers on a free 127.0.0.1 port (scripts/measure-browser.mjs), opens the "Full lower back"
// routine in Debian's Chromium, presses Start and watches for DURATION seconds (default 300:
// five minutes across about 60 step changes, many of them 2-3 s rep phases). For every change of
// the timer's text it records Date.now() in a MutationObserver and compares it with the deadline
// computed from the saved session: step start + paused time + step length - displayed seconds.
// Each MutationObserver callback is one update of the screen: a React commit (at a step, cue or
// pause), or a new second written into the digits and the time left (useEverySecond), one task each.
//
// Usage: node scripts/measure-player-timing.mjs [durationSeconds]
import { launchChromium, median, servePreview } from './measure-browser.mjs';

const durationSeconds = Number(process.argv[2] ?? 300);

/** Runs in the page: each displayed-second change with its true deadline, and each DOM commit. */
function installProbe() {
  const changes = [];
  const commitsAtMs = [];
  const trueDeadline = (shownSeconds) => {
    // The saved workout (src/stores/saved-session.ts): the cursor, and the plan saved once.
    const cursor = JSON.parse(localStorage.getItem('upright:session') ?? 'null')?.state?.cursor;
    const plan = JSON.parse(localStorage.getItem('upright:session:plan') ?? 'null')?.plan;
    if (!cursor || !plan) return null;
    const session = cursor;
    const step = plan.steps[session.stepIndex];
    if (step.durationMs === null) return null;
    const lengthMs = step.durationMs + session.stepExtendedMs;
    return { stepIndex: session.stepIndex, atMs: session.stepStartedAtMs + session.stepPausedMs + lengthMs - shownSeconds * 1000 };
  };
  let last = null;
  new MutationObserver(() => {
    const nowMs = Date.now();
    commitsAtMs.push(nowMs);
    const text = document.querySelector('[role="timer"]')?.textContent ?? null;
    if (!text || text === last) return;
    last = text;
    const [minutes, seconds] = text.split(':').map(Number);
    const deadline = trueDeadline(minutes * 60 + seconds);
    if (deadline) changes.push({ text, stepIndex: deadline.stepIndex, latenessMs: nowMs - deadline.atMs, atMs: nowMs });
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  Object.assign(window, { __timerProbe: { changes, commitsAtMs } });
}

const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];

const server = await servePreview();
const browser = await launchChromium();
try {
  const baseURL = server.url;
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(`${baseURL}/play/lower-back-full`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('timer').waitFor();
  await page.evaluate(installProbe);
  console.log(`Watching the countdown of "Full lower back" for ${durationSeconds} s in real time (Chromium ${browser.version()})...`);
  await page.waitForTimeout(durationSeconds * 1000);
  const { changes, commitsAtMs } = await page.evaluate(() => window.__timerProbe);

  const measured = changes.slice(1); // the probe starts mid-second
  const lateness = measured.map((change) => change.latenessMs).sort((a, b) => a - b);
  const isFirstOfStep = (change, index) => index === 0 || measured[index - 1].stepIndex !== change.stepIndex;
  const atStepChange = measured.filter(isFirstOfStep).map((change) => change.latenessMs);
  const withinStep = measured.filter((change, index) => !isFirstOfStep(change, index)).map((change) => change.latenessMs);
  const firstMinute = measured.filter((change) => change.atMs - measured[0].atMs < 60_000).map((change) => change.latenessMs);
  const lastMinute = measured.filter((change) => measured.at(-1).atMs - change.atMs < 60_000).map((change) => change.latenessMs);
  const perSecond = new Map();
  for (const atMs of commitsAtMs) perSecond.set(Math.floor(atMs / 1000), (perSecond.get(Math.floor(atMs / 1000)) ?? 0) + 1);
  const commitsPerSecond = commitsAtMs.length / ((commitsAtMs.at(-1) - commitsAtMs[0]) / 1000);

  console.log(`Displayed-second changes: ${measured.length}, across ${atStepChange.length} step changes`);
  console.log(`Lateness versus the true deadline (ms): median ${median(lateness)}, p95 ${percentile(lateness, 0.95)}, worst ${lateness.at(-1)}, earliest ${lateness[0]}`);
  console.log(`  at a step change: median ${median(atStepChange)}, worst ${Math.max(...atStepChange)}; within a step: median ${median(withinStep)}, worst ${Math.max(...withinStep)}`);
  console.log(`Build-up: median lateness in the first minute ${median(firstMinute)} ms, in the last minute ${median(lastMinute)} ms`);
  console.log(`Screen updates (React commits and seconds written in): ${commitsPerSecond.toFixed(2)} per second on average, at most ${Math.max(...perSecond.values())} in any one second`);
  const met = median(lateness) < 20 && lateness.at(-1) < 50 && lateness[0] >= 0;
  console.log(met ? 'Targets met: median < 20 ms, worst < 50 ms, never early.' : 'Targets NOT met: median < 20 ms, worst < 50 ms, never early.');
  process.exitCode = met ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
