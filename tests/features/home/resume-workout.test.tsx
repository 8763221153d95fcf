import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ResumeWorkout } from '../../../src/features/home/resume-workout';
import { SESSION_PLACE_STORAGE_KEY, SESSION_STORAGE_KEY, STALE_SESSION_AFTER_MS, type SessionPlace } from '../../../src/stores/resumable-session';

function saveUnfinishedWorkout(savedAtMs: number) {
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ version: 1, playerPath: '/play/upper-back', routineName: 'Upper back', savedAtMs, session: '{}' }),
  );
}

/** A workout saved as version 3 does, with where it stands beside it. */
function savePausedWorkout(savedAtMs: number, place: Partial<SessionPlace> = {}) {
  const sessionId = `${savedAtMs - 60_000}:lower-back-full`;
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ version: 3, state: { sessionId, playerPath: '/play/lower-back-full', routineName: 'Full lower back', savedAtMs, cursor: { closedCount: 2 } } }),
  );
  const saved: SessionPlace = {
    sessionId, savedAtMs, paused: true, where: 'exercise', timeShown: '0:20', exerciseNumber: 1, exerciseCount: 5,
    language: 'en', exerciseName: 'Quadruped leg raise', sideLabel: 'Right leg', ...place,
  };
  localStorage.setItem(SESSION_PLACE_STORAGE_KEY, JSON.stringify(saved));
}

const renderResume = () =>
  render(
    <MemoryRouter>
      <ResumeWorkout />
    </MemoryRouter>,
  );

describe('resume workout on the home page', () => {
  it('offers to resume a workout left unfinished a moment ago', () => {
    saveUnfinishedWorkout(Date.now() - 60_000);
    renderResume();
    expect(screen.getByRole('region', { name: 'Workout in progress' })).toHaveTextContent('Upper back, last active at');
    expect(screen.getByRole('link', { name: 'Resume workout' })).toHaveAttribute('href', '/play/upper-back');
  });

  it('offers to finish or discard a workout left unfinished for hours, not to resume it', () => {
    saveUnfinishedWorkout(Date.now() - STALE_SESSION_AFTER_MS - 60_000);
    renderResume();
    expect(screen.getByRole('region', { name: 'An unfinished workout' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start again, save or discard' })).toHaveAttribute('href', '/play/upper-back');
    expect(screen.queryByRole('link', { name: 'Resume workout' })).not.toBeInTheDocument();
  });

  it('shows nothing when no workout is unfinished, or the saved one is unreadable', () => {
    const { unmount } = renderResume();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    unmount();
    localStorage.setItem(SESSION_STORAGE_KEY, '{"version":1,"playerPath":"https://evil.example/"}');
    renderResume();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('says where a paused workout waits: the time shown, the exercise and the side', () => {
    savePausedWorkout(Date.now() - 60_000);
    renderResume();
    expect(screen.getByRole('region', { name: 'Workout in progress' })).toHaveTextContent('Paused in Quadruped leg raise, right leg: 0:20 to go.');
  });

  it('says a paused open-ended hold as the time held, not as time to go', () => {
    savePausedWorkout(Date.now() - 60_000, { timeShown: '0:42', timeCounts: 'held', exerciseName: 'Prone chest raise', sideLabel: null });
    renderResume();
    expect(screen.getByRole('region', { name: 'Workout in progress' })).toHaveTextContent('Paused in Prone chest raise: 0:42 held.');
  });

  it('says a paused get-ready or rest, and by number when the names are in another language', () => {
    savePausedWorkout(Date.now() - 60_000, { where: 'rest', sideLabel: null, timeShown: '0:12', exerciseName: 'Pelvic lift' });
    const { unmount } = renderResume();
    expect(screen.getByRole('region')).toHaveTextContent('Paused in the rest before Pelvic lift: 0:12 to go.');
    unmount();
    savePausedWorkout(Date.now() - 60_000, { where: 'get-ready', timeShown: '0:07' });
    const second = renderResume();
    expect(screen.getByRole('region')).toHaveTextContent('Paused in the get-ready for Quadruped leg raise: 0:07 to go.');
    second.unmount();
    savePausedWorkout(Date.now() - 60_000, { language: 'de', exerciseName: 'Beinheben im Vierfüßlerstand', exerciseNumber: 2 });
    renderResume();
    expect(screen.getByRole('region')).toHaveTextContent('Paused in exercise 2 of 5: 0:20 to go.');
  });

  it('says nothing of a place that belongs to an older save, or of a workout that runs', () => {
    savePausedWorkout(Date.now() - 60_000, { savedAtMs: Date.now() - 120_000 });
    const { unmount } = renderResume();
    expect(screen.getByRole('region')).not.toHaveTextContent('Paused');
    unmount();
    savePausedWorkout(Date.now() - 60_000, { paused: false });
    renderResume();
    expect(screen.getByRole('region')).not.toHaveTextContent('Paused');
  });
});
