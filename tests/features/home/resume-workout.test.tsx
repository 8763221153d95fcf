import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ResumeWorkout } from '../../../src/features/home/resume-workout';
import { SESSION_STORAGE_KEY, STALE_SESSION_AFTER_MS } from '../../../src/stores/resumable-session';

function saveUnfinishedWorkout(savedAtMs: number) {
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ version: 1, playerPath: '/play/upper-back', routineName: 'Upper back', savedAtMs, session: '{}' }),
  );
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
    expect(screen.getByRole('link', { name: 'Finish or discard it' })).toHaveAttribute('href', '/play/upper-back');
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
});
