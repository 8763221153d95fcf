import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionStore, sessionActions } from '../../../src/stores/session-store';
import { renderPlayer, T0 } from './render-player';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function setVisibility(visibility: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The times the player ticks (ms after Start) over the first `lengthMs` of the full lower back. */
async function tickTimes(lengthMs: number, visibility: 'visible' | 'hidden'): Promise<number[]> {
  const { user } = renderPlayer('/play/lower-back-full');
  await user.click(screen.getByRole('button', { name: 'Start' }));
  const startedAtMs = Date.now();
  const ticks: number[] = [];
  const tick = sessionActions.clockTicked;
  vi.spyOn(sessionActions, 'clockTicked').mockImplementation((nowMs) => {
    ticks.push(nowMs - startedAtMs);
    return tick(nowMs);
  });
  act(() => setVisibility(visibility));
  act(() => {
    vi.advanceTimersByTime(lengthMs);
  });
  return ticks;
}

describe('the player\'s ticker', () => {
  it('in view, wakes once a second: the display\'s tick hands the beeps over, a second ahead', async () => {
    const ticks = await tickTimes(12_000, 'visible');
    // The get-ready's countdown beeps (7, 8, 9 s) and the work's start (10 s) need no wakes of their own.
    expect(ticks.filter((atMs) => atMs >= 1000)).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000, 11_000, 12_000]);
  });

  it('hidden (its timers may fire a second late), wakes 1.5 s ahead of each beep as well', async () => {
    const ticks = [...(await tickTimes(12_000, 'hidden'))];
    setVisibility('visible');
    expect(ticks.filter((atMs) => atMs >= 1000 && atMs % 1000 !== 0)).toEqual([5500, 6500, 7500, 8500]);
  });
});
