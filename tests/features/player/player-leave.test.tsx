import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResumeWorkout } from '../../../src/features/home/resume-workout';
import PlayerPage from '../../../src/features/player/player-page';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { routePatterns } from '../../../src/shared/paths';
import { resetHistoryStore } from '../../../src/stores/history-store';
import { getSession, resetSessionStore } from '../../../src/stores/session-store';
import { resetSettingsStore } from '../../../src/stores/settings-store';
import { elapse, T0 } from './render-player';

/** The browser's Back, as the router sees it. */
function BackButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      browser back
    </button>
  );
}

/** Home (with its "Resume workout" card) and the player, as the app routes them. */
function renderApp(entries: string[]) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <MemoryRouter initialEntries={entries} initialIndex={entries.length - 1}>
      <BackButton />
      <Routes>
        <Route path={routePatterns.player} element={<PlayerPage />} />
        <Route path="/" element={<ResumeWorkout />} />
      </Routes>
    </MemoryRouter>,
  );
  return user;
}

/** The pause on leaving waits a microtask (a StrictMode remount is not a way out). */
const settle = () => act(async () => {});

beforeEach(async () => {
  await resetHistoryStore();
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
  resetSettingsStore();
});
afterEach(async () => {
  vi.useRealTimers();
  await activateLanguage('en');
});

async function startAndRun(user: ReturnType<typeof userEvent.setup>, ms: number) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  elapse(ms);
}

describe('leaving the player', () => {
  it('by its "Workouts" link pauses the workout; a minute later Home says where, and Resume finds the same step and time', async () => {
    const user = renderApp(['/', '/play/lower-back-full']);
    await startAndRun(user, 15_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:20');
    await user.click(screen.getByRole('link', { name: /Workouts/ }));
    await settle();
    expect(getSession()?.status).toBe('paused');
    elapse(60_000);
    expect(screen.getByRole('region', { name: 'Workout in progress' })).toHaveTextContent('Paused in Quadruped leg raise, right leg: 0:20 to go.');
    await user.click(screen.getByRole('link', { name: 'Resume workout' }));
    expect(screen.getByText('Bent knee')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:20');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    elapse(1_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:19');
  });

  it('by the browser’s Back pauses it too', async () => {
    const user = renderApp(['/', '/play/lower-back-full']);
    await startAndRun(user, 40_000);
    await user.click(screen.getByRole('button', { name: 'browser back' }));
    await settle();
    expect(getSession()?.status).toBe('paused');
    elapse(60_000);
    expect(screen.getByRole('region', { name: 'Workout in progress' })).toHaveTextContent('Paused in Quadruped leg raise, right leg: 0:20 to go.');
  });

  it('by closing or reloading the tab (pagehide) pauses it; the page merely hidden runs on', async () => {
    const user = renderApp(['/play/lower-back-full']);
    await startAndRun(user, 12_000);
    act(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(getSession()?.status).toBe('running');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(getSession()?.status).toBe('paused');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('names a rest by the exercise it comes before, and in German with the German names', async () => {
    await activateLanguage('de');
    const user = renderApp(['/', '/play/lower-back-full']);
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    elapse(5_000);
    await user.click(screen.getByRole('button', { name: 'Nächste Übung' }));
    await user.click(screen.getByRole('link', { name: 'Training' }));
    await settle();
    expect(screen.getByRole('region')).toHaveTextContent(/Pausiert in der Erholung vor Rückenstreckung mit Gegenbewegung: noch 0:\d\d\./);
  });

  it('after the side switch names the left leg in German', async () => {
    await activateLanguage('de');
    const user = renderApp(['/', '/play/lower-back-full']);
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    elapse(10_000 + 50_000 + 5_000 + 5_000);
    await user.click(screen.getByRole('link', { name: 'Training' }));
    await settle();
    expect(screen.getByRole('region')).toHaveTextContent('Pausiert bei Beinheben im Vierfüßlerstand, linkes Bein: noch 0:20.');
  });
});
