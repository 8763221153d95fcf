import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import PlayerPage from '../../../src/features/player/player-page';
import { routePatterns } from '../../../src/shared/paths';

/** A fixed wall clock for the start of each test: 1 March 2026, 08:00 UTC. */
export const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);

/** Renders the player at `path` the way the app routes it, with user-event on fake timers. */
export function renderPlayer(path: string, state?: unknown) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(
    <MemoryRouter initialEntries={[{ pathname: path, state }]}>
      <Routes>
        <Route path={routePatterns.playExercise} element={<PlayerPage />} />
        <Route path={routePatterns.player} element={<PlayerPage />} />
        <Route path="/" element={<h1>Choose a workout</h1>} />
      </Routes>
    </MemoryRouter>,
  );
  return { user, ...view };
}

/** Lets `ms` of wall time pass, firing the player's timers as the browser would. */
export function elapse(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/**
 * Lets the frame after an action be painted (17 ms): what the player puts off until just after
 * that paint (the headset and lock-screen controls, the wake lock, the first tick) then happens.
 */
export function paintFrame(): void {
  elapse(17);
}
