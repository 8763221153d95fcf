import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PlayerPage from '../../../src/features/player/player-page';
import { resetSessionStore } from '../../../src/stores/session-store';
import { T0 } from './render-player';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
});
afterEach(() => vi.useRealTimers());

describe('the player while counting down', () => {
  it('renders about once per displayed second, and never announces the seconds', async () => {
    let commits = 0;
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <Profiler id="player" onRender={() => (commits += 1)}>
        <MemoryRouter initialEntries={['/play/lower-back-full']}>
          <Routes>
            <Route path="/play/:routineId" element={<PlayerPage />} />
          </Routes>
        </MemoryRouter>
      </Profiler>,
    );
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const announcer = screen.getByTestId('cue-announcer');
    const announcements = new Set<string>();
    // 2 min 15 s: the whole quadruped leg raise, with its switch of sides and the rest after it.
    commits = 0;
    for (let second = 0; second < 135; second += 1) {
      act(() => {
        vi.advanceTimersByTime(1_000);
      });
      announcements.add(announcer.textContent ?? '');
    }
    expect(commits / 135).toBeLessThanOrEqual(1.1);
    expect(commits).toBeGreaterThanOrEqual(135);
    expect([...announcements].some((text) => /\d:\d\d|\bseconds?\b/.test(text))).toBe(false);
  });
});
