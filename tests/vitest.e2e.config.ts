import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests: real Chromium (Debian's, via playwright-core) against the production build
// served by `vite preview`. One file at a time: the machine has two cores.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
