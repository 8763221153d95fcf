import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { messagesPlugin } from '../scripts/messages-plugin';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  plugins: [messagesPlugin({ check: false }), react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
    restoreMocks: true,
    // fake-indexeddb runs its requests on setImmediate: faking it would stall every IndexedDB
    // transaction in a test that fakes the clock. Everything else that tells time is faked.
    fakeTimers: {
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'performance'],
    },
  },
});
