import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { messagesPlugin } from '../scripts/messages-plugin';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  plugins: [messagesPlugin({ check: false }), react()],
  test: {
    setupFiles: ['tests/setup.ts'],
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
