import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { compile } from '../../../src/engine/compile';
import { T0 } from './render-player';

const HOUR_MS = 3_600_000;

function plan() {
  const result = compile(catalog.routinesById.get('lower-back-full')!, catalog);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

/** Starts a workout and lets it run to `ms` after the start, in the modules of a first page load. */
async function workoutLeftAt(ms: number) {
  vi.resetModules();
  const { sessionActions } = await import('../../../src/stores/session-store');
  sessionActions.workoutStarted(plan(), '/play/lower-back-full', T0);
  sessionActions.clockTicked(T0 + ms);
}

/** A reload: fresh modules read what the first load saved. */
async function reloadPlayer() {
  vi.resetModules();
  // Fresh modules, fresh texts: the app loads its language before the first screen, as here.
  await (await import('../../../src/shared/i18n/i18n')).activateLanguage('en');
  const { default: PlayerPage } = await import('../../../src/features/player/player-page');
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <MemoryRouter initialEntries={['/play/lower-back-full']}>
      <Routes>
        <Route path="/play/:routineId" element={<PlayerPage />} />
      </Routes>
    </MemoryRouter>,
  );
  return user;
}

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => vi.useRealTimers());

describe('resuming a workout after a reload', () => {
  it('comes back on the same step with the right time left', async () => {
    await workoutLeftAt(10_000);
    vi.setSystemTime(T0 + 17_300);
    await reloadPlayer();
    expect(screen.getByText('Bent knee')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:18');
    expect(screen.getByText('Welcome back. Touch the screen or press a key to turn the sound back on.')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(700);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('0:17');
  });

  it('offers a workout left for over 6 hours to start again, save or discard, never resuming it silently', async () => {
    await workoutLeftAt(10_000);
    vi.setSystemTime(T0 + 7 * HOUR_MS);
    await reloadPlayer();
    expect(screen.getByRole('heading', { level: 2, name: 'An unfinished workout' })).toHaveFocus();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByText('You did 0:10.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start it again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Discard' })).toBeInTheDocument();
  });

  it('saves what was done, ended at its last active moment', async () => {
    await workoutLeftAt(10_000);
    vi.setSystemTime(T0 + 7 * HOUR_MS);
    const user = await reloadPlayer();
    await user.click(screen.getByRole('button', { name: 'Save what I did' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Workout ended' })).toBeInTheDocument();
    expect(screen.getByText('Time').nextSibling).toHaveTextContent('10 s');
  });

  it('starts the same routine afresh: its first get-ready, the old workout gone', async () => {
    await workoutLeftAt(40_000);
    vi.setSystemTime(T0 + 7 * HOUR_MS);
    const user = await reloadPlayer();
    await user.click(screen.getByRole('button', { name: 'Start it again' }));
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Quadruped leg raise' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:10');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    const { getSession } = await import('../../../src/stores/session-store');
    expect(getSession()).toMatchObject({ startedAtMs: T0 + 7 * HOUR_MS, stepIndex: 0, log: [expect.objectContaining({ stepIndex: 0 })] });
  });

  it('discards an old workout and shows the routine ready to start', async () => {
    await workoutLeftAt(10_000);
    vi.setSystemTime(T0 + 7 * HOUR_MS);
    const user = await reloadPlayer();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });
});

describe('the resume hook for the home page', () => {
  it('names the unfinished workout and where to resume it', async () => {
    await workoutLeftAt(10_000);
    const { useResumableSession } = await import('../../../src/stores/resumable-session');
    const { result } = renderHook(() => useResumableSession());
    expect(result.current).toMatchObject({ routineName: 'Full lower back', playerPath: '/play/lower-back-full', savedAtMs: T0 + 10_000, stale: false });
    expect(result.current?.place).toMatchObject({ paused: false, where: 'exercise', timeShown: '0:25', exerciseName: 'Quadruped leg raise', sideLabel: 'Right leg', language: 'en' });
  });

  it('marks a workout idle for over 6 hours as stale', async () => {
    await workoutLeftAt(10_000);
    vi.setSystemTime(T0 + 7 * HOUR_MS);
    const { useResumableSession } = await import('../../../src/stores/resumable-session');
    const { result } = renderHook(() => useResumableSession());
    expect(result.current?.stale).toBe(true);
  });

  it('has nothing to resume once the workout ends', async () => {
    await workoutLeftAt(10_000);
    const { useResumableSession } = await import('../../../src/stores/resumable-session');
    const { sessionActions } = await import('../../../src/stores/session-store');
    const { result } = renderHook(() => useResumableSession());
    act(() => {
      sessionActions.workoutEnded(T0 + 20_000);
    });
    expect(result.current).toBeNull();
  });
});
