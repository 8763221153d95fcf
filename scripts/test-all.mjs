#!/usr/bin/env node
// `npm test`: everything, in order, stopping at the first failure with a readable message.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });

const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=test-results/${name}.json`];

const steps = [
  { name: 'Chromium', command: ['node', 'scripts/ensure-chromium.mjs'] },
  // Both are single-threaded: side by side they take the time of the longer one (about 25 s here).
  {
    together: [
      { name: 'Typecheck', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
      { name: 'Lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
    ],
  },
  { name: 'Unit and component tests', command: ['npx', 'vitest', 'run', '--config', 'tests/vitest.config.ts', ...vitestJson('unit')], report: 'unit' },
  { name: 'Production build', command: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  { name: 'Bundle budget', command: ['node', 'scripts/check-bundle-budget.mjs'] },
  { name: 'No third-party URLs in the build', command: ['node', 'scripts/check-foreign-urls.mjs'] },
  // Includes the gates in the browser: axe on every screen in both themes, no request to another
  // origin, no CSP violation, and a workout deep link opened offline with the server stopped.
  { name: 'End-to-end tests (Chromium)', command: ['npx', 'vitest', 'run', '--config', 'tests/vitest.e2e.config.ts', ...vitestJson('e2e')], report: 'e2e' },
  { name: 'Lighthouse (mobile): performance ≥ 70, accessibility and best practices 100', command: ['node', 'scripts/lighthouse-gate.mjs'] },
];

const counts = { passed: 0, failed: 0, skipped: 0 };
const startedAt = Date.now();

function readReport(name) {
  const file = resolve(results, `${name}.json`);
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

/** Runs one step; its output goes straight through, or is kept and printed whole when it ends (`buffered`). */
function run(step, { buffered }) {
  return new Promise((done) => {
    const stepStartedAt = Date.now();
    console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
    if (step.report) rmSync(resolve(results, `${step.report}.json`), { force: true });
    const child = spawn(step.command[0], step.command.slice(1), {
      cwd: root,
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      if (output.length) process.stdout.write(`── ${step.name} ──\n${Buffer.concat(output).toString()}`);
      done({ step, status: code ?? signal, seconds: ((Date.now() - stepStartedAt) / 1000).toFixed(1) });
    });
  });
}

for (const entry of steps) {
  const group = entry.together ?? [entry];
  const outcomes = await Promise.all(group.map((step) => run(step, { buffered: group.length > 1 })));
  for (const { step, status, seconds } of outcomes) {
    const report = step.report ? readReport(step.report) : null;
    if (report) {
      counts.passed += report.passed;
      counts.failed += report.failed;
      counts.skipped += report.skipped;
    }
    if (status !== 0) {
      console.error(`\n✗ ${step.name} failed (exit ${status}) after ${seconds} s. The output above says why.`);
      console.error(`tests: ${counts.passed} passed, ${Math.max(counts.failed, 1)} failed`);
      process.exit(1);
    }
    console.log(`✓ ${step.name} (${seconds} s${report ? `, ${report.passed} tests passed` : ''})`);
  }
}

console.log(`\nAll checks passed in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
