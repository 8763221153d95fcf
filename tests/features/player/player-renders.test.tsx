import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PlayerPage from '../../../src/features/player/player-page';
import { resetSessionStore } from '../../../src/stores/session-store';
import { preferReducedMotion } from '../../reduced-motion';
import { paintFrame, T0 } from './render-player';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
});
afterEach(() => vi.useRealTimers());

/** A routine's player (the full lower back's by default), started, with its React commits counted (`commits.count`, reset at will). */
async function startCountingCommits(routineId = 'lower-back-full') {
  const commits = { count: 0 };
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <Profiler id="player" onRender={() => (commits.count += 1)}>
      <MemoryRouter initialEntries={[`/play/${routineId}`]}>
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
    // ...while the screen renders only at its steps (the words under the ring and the figure follow
    // each a frame later) and a new cue renders only its list: 42 commits in these 135 s, where a
    // cue rendered the screen and its words again (79).
    expect(commits.count).toBeLessThanOrEqual(50);
    expect([...announcements].some((text) => /\d:\d\d|\bseconds?\b/.test(text))).toBe(false);
  });
});

const SETUP_CUES = 'How to get into position';
const WORK_CUES = 'Cues';

describe('the player at a new cue', () => {
  it('marks the new cue and says it to screen readers in one render, with nothing rendered after it', async () => {
    const { commits } = await startCountingCommits();
    const announcer = screen.getByTestId('cue-announcer');
    const markedCue = () => screen.getByRole('list', { name: SETUP_CUES }).querySelector('[aria-current="step"]')?.textContent;
    const firstCue = markedCue();
    let commitsAtNewCue = 0;
    // The get-ready's cues move on every few seconds: on, 100 ms at a time, to the second one.
    for (let step = 0; step < 200 && markedCue() === firstCue; step += 1) {
      commits.count = 0;
      act(() => {
        vi.advanceTimersByTime(100);
      });
      commitsAtNewCue = commits.count;
    }
    // And the frames after it: nothing follows (the cue's words are not rendered again a frame later).
    for (let frame = 0; frame < 5; frame += 1) paintFrame();
    commitsAtNewCue = commits.count;
    const secondCue = markedCue();
    expect(secondCue).not.toBe(firstCue);
    expect(announcer).toHaveTextContent(secondCue ?? 'no cue');
    expect(commitsAtNewCue).toBe(1);
  });

  it('keeps the get-ready\'s last cue marked in the frame that shows the work, until the work\'s own cues show', async () => {
    await startCountingCommits();
    const markedCue = (name: string) => screen.queryByRole('list', { name })?.querySelector('[aria-current="step"]')?.textContent;
    let lastSetupCue: string | null | undefined = null;
    for (let step = 0; step < 6_000 && screen.queryByText('Work') === null; step += 1) {
      lastSetupCue = markedCue(SETUP_CUES);
      act(() => {
        vi.advanceTimersByTime(10);
      });
    }
    // The work's name and time are shown; the words under the ring follow a frame later, and until
    // then the get-ready's list marks the cue it marked last, not its first.
    expect(screen.getByText('Work')).toBeInTheDocument();
    expect(lastSetupCue).toBe('Head in line with your spine, gaze to the floor.');
    expect(markedCue(SETUP_CUES)).toBe(lastSetupCue);
    paintFrame();
    expect(screen.queryByRole('list', { name: SETUP_CUES })).not.toBeInTheDocument();
    expect(markedCue(WORK_CUES)).toBe('Lift one leg and bend the knee.');
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

describe('the player at a rep phase', () => {
  it('shows the next phase, its rep number, its cue and its pose in one render, with nothing rendered after it', async () => {
    preferReducedMotion();
    const { commits } = await startCountingCommits('upper-back');
    const phase = () => document.querySelector('.rep-counter-phase')?.textContent ?? null;
    const shown = () => ({
      phase: phase(),
      rep: document.querySelector('.rep-counter-number')?.textContent,
      cue: screen.queryByRole('list', { name: WORK_CUES })?.querySelector('[aria-current="step"]')?.textContent,
      // With reduced motion (below): the phase's start and end poses, or its pose alone, still.
      figures: [...document.querySelectorAll('.ring-figure [role="img"]')].map((figure) => figure.getAttribute('aria-label')?.split(': ')[0]).sort(),
    });
    // Into the prone reverse fly's first rep, its words and figure shown.
    for (let step = 0; step < 300 && phase() !== 'Raise'; step += 1) {
      act(() => {
        vi.advanceTimersByTime(100);
      });
      paintFrame();
    }
    for (let frame = 0; frame < 5; frame += 1) paintFrame();
    const seen: { commits: number; shown: ReturnType<typeof shown> }[] = [];
    // Raise, hold, lower, and the second rep's raise: 100 ms at a time, each change to its last frame.
    while (seen.length < 3) {
      const before = phase();
      commits.count = 0;
      act(() => {
        vi.advanceTimersByTime(100);
      });
      if (phase() === before) continue;
      const atOnce = shown();
      for (let frame = 0; frame < 5; frame += 1) paintFrame();
      expect(shown()).toEqual(atOnce);
      seen.push({ commits: commits.count, shown: atOnce });
    }
    expect(seen).toEqual([
      { commits: 1, shown: { phase: 'Hold', rep: '1 of 6', cue: 'Hold.', figures: ['Prone reverse fly, bent arms'] } },
      { commits: 1, shown: { phase: 'Lower', rep: '1 of 6', cue: expect.stringMatching(/^Lower/), figures: ['End', 'Start'] } },
      { commits: 1, shown: { phase: 'Raise', rep: '2 of 6', cue: expect.stringMatching(/^Raise/), figures: ['End', 'Start'] } },
    ]);
  });

  it('keeps the cue list\'s items and their words from one phase to the next (only the mark moves), and says what follows the set as up next', async () => {
    preferReducedMotion();
    await startCountingCommits('upper-back');
    const phase = () => document.querySelector('.rep-counter-phase')?.textContent ?? null;
    for (let step = 0; step < 300 && phase() !== 'Raise'; step += 1) {
      act(() => {
        vi.advanceTimersByTime(100);
      });
      paintFrame();
    }
    for (let frame = 0; frame < 5; frame += 1) paintFrame();
    const items = () => [...screen.getByRole('list', { name: WORK_CUES }).querySelectorAll('li')];
    const firstItems = items();
    const firstWords = firstItems.map((item) => item.textContent);
    const seen: { phase: string | null; marked: string | null | undefined; upNext: string | null | undefined }[] = [];
    while (seen.length < 3) {
      const before = phase();
      act(() => {
        vi.advanceTimersByTime(100);
      });
      if (phase() === before) continue;
      for (let frame = 0; frame < 5; frame += 1) paintFrame();
      expect(items()).toHaveLength(firstItems.length);
      items().forEach((item, index) => {
        expect(item).toBe(firstItems[index]);
        expect(item.textContent).toBe(firstWords[index]);
      });
      seen.push({ phase: phase(), marked: items().find((item) => item.getAttribute('aria-current') === 'step')?.textContent, upNext: document.querySelector('.up-next')?.textContent });
    }
    expect(seen).toEqual([
      { phase: 'Hold', marked: 'Hold.', upNext: 'Up next: a rest' },
      { phase: 'Lower', marked: expect.stringMatching(/^Lower/), upNext: 'Up next: a rest' },
      { phase: 'Raise', marked: expect.stringMatching(/^Raise/), upNext: 'Up next: a rest' },
    ]);
    // The other phases' cues size the list but are not read.
    expect(items().filter((item) => item.getAttribute('aria-hidden') !== 'true').map((item) => item.textContent)).toEqual([seen[2]!.marked]);
  });
});
