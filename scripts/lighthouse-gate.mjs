#!/usr/bin/env node
// Lighthouse (mobile preset: a mid-range phone, 4x CPU slowdown and slow 4G, simulated) on the
// built app served by `vite preview`, with the production security headers. One run; the scores
// move a little from run to run, so the gate asserts floors and prints what it measured.
//   node scripts/lighthouse-gate.mjs [path]      (default path: /)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const floors = { performance: 95, accessibility: 100, 'best-practices': 100 };
const root = resolve(import.meta.dirname, '..');
const reportPath = resolve(root, 'test-results/lighthouse.json');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(resolve(root, 'dist/index.html'))) {
  console.error('dist/ is missing: run `npx vite build` first.');
  process.exit(1);
}

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

async function startPreview() {
  const port = await freePort();
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return { url, server };
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill('SIGTERM');
  throw new Error(`vite preview did not answer at ${url}`);
}

function printFindings(report) {
  const scored = (category) => report.categories[category].auditRefs.filter((ref) => ref.weight > 0);
  for (const category of ['accessibility', 'best-practices']) {
    for (const ref of scored(category)) {
      const audit = report.audits[ref.id];
      if (audit.score !== null && audit.score < 1) console.log(`  ✗ ${category}: ${audit.id} — ${audit.title}`);
    }
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`  ${metrics.map((id) => `${report.audits[id].title}: ${report.audits[id].displayValue}`).join('; ')}`);
}

const path = process.argv[2] ?? '/';
const { url, server } = await startPreview();
let failed = false;
try {
  mkdirSync(resolve(root, 'test-results'), { recursive: true });
  const run = spawnSync(
    resolve(root, 'node_modules/.bin/lighthouse'),
    [
      url + path,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${reportPath}`,
      `--chrome-flags=${chromeFlags.join(' ')}`,
      '--quiet',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chromePath } },
  );
  if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status ?? run.signal}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse could not measure the page: ${report.runtimeError.message}`);
  console.log(`Lighthouse ${report.lighthouseVersion}, mobile preset, ${url + path}:`);
  for (const [category, floor] of Object.entries(floors)) {
    const score = Math.round(report.categories[category].score * 100);
    const ok = score >= floor;
    failed ||= !ok;
    console.log(`  ${ok ? '✓' : '✗'} ${report.categories[category].title}: ${score} (floor ${floor})`);
  }
  printFindings(report);
  console.log(`  Full report: ${reportPath}`);
} finally {
  server.kill('SIGTERM');
}
if (failed) {
  console.error('Lighthouse gate failed: a score is below its floor (see the audits above).');
  process.exit(1);
}
