import { onTestFinished, vi } from 'vitest';

/** For the rest of the current test, the page prefers reduced motion (jsdom has no matchMedia of its own). */
export function preferReducedMotion(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), addEventListener: () => {}, removeEventListener: () => {} }));
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
}
