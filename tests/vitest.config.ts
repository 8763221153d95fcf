import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { messagesPlugin } from '../scripts/messages-plugin';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  plugins: [messagesPlugin({ check: false }), react()],
  test: {
    setupFiles: ['tests/setup.ts'],
    // Every core (Vitest's default leaves one idle: on two cores that is one worker, 250 s), and
    // files share a worker: React, jsdom and Testing Library load once per worker instead of once
    // per file (180 s → 85 s here). tests/setup.ts gives each file fresh app modules (so fresh
    // stores) and an empty IndexedDB, so no file sees another's state; a run with the files
    // shuffled (--sequence.shuffle.files) passes too.
    maxWorkers: Math.max(1, availableParallelism()),
    isolate: false,
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The pure core (engine, catalog) needs no DOM: a jsdom environment costs about 1 s per file
    // to set up, a third of this suite's time on two cores.
    projects: [
      { extends: true, test: { name: 'core', environment: 'node', include: ['tests/engine/**/*.test.ts', 'tests/catalog/**/*.test.ts'] } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**', 'tests/engine/**', 'tests/catalog/**', 'node_modules/**'] } },
    ],
    benchmark: { include: ['tests/**/*.bench.ts'] },
    restoreMocks: true,
    // fake-indexeddb runs its requests on setImmediate: faking it would stall every IndexedDB
    // transaction in a test that fakes the clock. Everything else that tells time is faked.
    fakeTimers: {
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'performance'],
    },
  },
});
