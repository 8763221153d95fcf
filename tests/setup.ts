import '@testing-library/jest-dom/vitest';
// IndexedDB for the stores of what the user made; each test file gets a fresh, empty one.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

// Files share a worker (the suite runs without per-file isolation: React, jsdom and Testing
// Library load once per worker, not once per file). The app's own modules hold the stores, so
// each file gets them fresh, as if it were alone.
vi.resetModules();
// A new factory is a new, empty IndexedDB, so no file finds another file's databases. Set before
// the file's own modules load: the database module takes the factory it finds then, so a write a
// file left pending cannot land in the next file's database.
globalThis.indexedDB = new IDBFactory();

// Testing Library only advances its own zero-delay timers under fake timers when a global
// `jest` exists (see ../shared/TOOLCHAIN.md); this lets user-event work with vi.useFakeTimers().
(globalThis as unknown as { jest: unknown }).jest = {
  advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms),
};

// Every screen speaks through the i18n layer: tests start in English, with all its texts loaded.
beforeAll(async () => {
  const { activateLanguage } = await import('../src/shared/i18n/i18n');
  await activateLanguage('en');
});

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
