import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests: real Chromium (Debian's, via playwright-core) against the production build
// served by `vite preview`. A file per core at a time: a test waits on the browser much of its
// time, so two files side by side on two cores took 423 s where one at a time took 510 s. Each
// file has its own browser and each test its own context, so files cannot see each other.
// Files in one worker share its loaded modules (isolate: false): playwright-core and the harness
// load once per worker, not once per file (the harness keeps its state inside each file's hooks).
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    maxWorkers: Math.max(1, availableParallelism()),
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
