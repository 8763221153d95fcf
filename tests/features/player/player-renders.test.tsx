import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PlayerPage from '../../../src/features/player/player-page';
import { resetSessionStore } from '../../../src/stores/session-store';
import { paintFrame, T0 } from './render-player';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
});
afterEach(() => vi.useRealTimers());

/** The full lower back's player, started, with its React commits counted (`commits.count`, reset at will). */
async function startCountingCommits() {
  const commits = { count: 0 };
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <Profiler id="player" onRender={() => (commits.count += 1)}>
      <MemoryRouter initialEntries={['/play/lower-back-full']}>
        <Routes>
          <Route path="/play/:routineId" element={<PlayerPage />} />
        </Routes>
      </MemoryRouter>
    </Profiler>,
  );
  await user.click(screen.getByRole('button', { name: 'Start' }));
  return { user, commits };
}

describe('the player while counting down', () => {
  it('shows every second without rendering for it (only steps, cues and pauses render), and never announces the seconds', async () => {
    const { commits } = await startCountingCommits();
    const announcer = screen.getByTestId('cue-announcer');
    const announcements = new Set<string>();
    const shownEachSecond: string[] = [];
    const timeLeftEachSecond: string[] = [];
    // 2 min 15 s: the whole quadruped leg raise, with its switch of sides and the rest after it.
    commits.count = 0;
    for (let second = 0; second < 135; second += 1) {
      act(() => {
        vi.advanceTimersByTime(1_000);
      });
      announcements.add(announcer.textContent ?? '');
      shownEachSecond.push(`${screen.getByRole('timer').textContent} ${screen.getByRole('timer').getAttribute('aria-label')}`);
      timeLeftEachSecond.push(screen.getByText(/left$/).textContent ?? '');
    }
    // Every second shows a new time, and its name for screen readers with it...
    expect(shownEachSecond.filter((shown, index) => index > 0 && shown === shownEachSecond[index - 1])).toEqual([]);
    expect(shownEachSecond.every((shown) => /^\d+:\d\d Time left: /.test(shown))).toBe(true);
    expect(new Set(timeLeftEachSecond).size).toBe(135);
    // ...while the screen renders only at its steps and cues (about 20 in these 135 s; the words
    // under the ring and the figure follow each a frame later): far fewer than one a second.
    expect(commits.count).toBeLessThanOrEqual(80);
    expect([...announcements].some((text) => /\d:\d\d|\bseconds?\b/.test(text))).toBe(false);
  });
});

describe('the player at a control', () => {
  it('renders a press once, at the time of the press (the words under the ring and the figure just after), not again at the next tick', async () => {
    const { user, commits } = await startCountingCommits();
    act(() => {
      vi.advanceTimersByTime(2_300);
    });
    const perPress: number[] = [];
    for (let press = 0; press < 3; press += 1) {
      commits.count = 0;
      await user.click(screen.getByRole('button', { name: 'Next step' }));
      // Frame by frame (React's work queued in one act() waits for its end): long enough for the
      // paint, the tick after it, the cues and the figure, short of the next displayed second.
      for (let frame = 0; frame < 18; frame += 1) paintFrame();
      perPress.push(commits.count);
    }
    // Three steps on: bent leg, straight leg, the switch of sides.
    expect(screen.getAllByText('Switch sides').length).toBeGreaterThan(0);
    // The step and its time; a frame later its cues and counter; then its figure.
    expect(perPress).toEqual([3, 3, 3]);
  });
});
