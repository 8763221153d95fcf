import '@testing-library/jest-dom/vitest';
// IndexedDB for the stores of what the user made; each test file gets a fresh, empty one.
import 'fake-indexeddb/auto';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

// Testing Library only advances its own zero-delay timers under fake timers when a global
// `jest` exists (see ../shared/TOOLCHAIN.md); this lets user-event work with vi.useFakeTimers().
(globalThis as unknown as { jest: unknown }).jest = {
  advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms),
};

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
