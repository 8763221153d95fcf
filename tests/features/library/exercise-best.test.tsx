import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import ExerciseDetailPage from '../../../src/features/library/exercise-detail-page';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { getPersonalBest, historyActions, historyLoaded, readWorkoutsEndedSince, resetHistoryStore } from '../../../src/stores/history-store';
import { workoutRecord } from '../../stores/history-fixtures';

const CHEST_RAISE = 'prone-chest-raise-t';

function renderExercise(exerciseId: string) {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[`/exercises/${exerciseId}`]}>
      <Routes>
        <Route path="/exercises/:exerciseId" element={<ExerciseDetailPage />} />
      </Routes>
    </MemoryRouter>,
  );
  return { user };
}

async function heldOnce(heldMs: number): Promise<void> {
  await historyLoaded;
  await historyActions.workoutRecorded(workoutRecord(1_000, [{ exerciseId: CHEST_RAISE, heldMs }]));
}

afterEach(async () => {
  await resetHistoryStore();
  await activateLanguage('en');
});

describe('the best on the exercise’s page', () => {
  it('shows the best; Remove deletes it, keeps the workout, and Undo puts it back', async () => {
    await heldOnce(100_000);
    const { user } = renderExercise(CHEST_RAISE);
    const section = screen.getByRole('region', { name: 'Your personal best' });
    expect(within(section).getByText(/^Your best: 1:40/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Remove' }));
    expect(await within(section).findByRole('button', { name: 'Undo' })).toHaveFocus();
    expect(within(section).getByRole('status')).toHaveTextContent('Best removed. Your next hold becomes your best.');
    expect(within(section).queryByText(/^Your best/)).toBeNull();
    expect(getPersonalBest(CHEST_RAISE)).toBeNull();
    expect(await readWorkoutsEndedSince(0)).toHaveLength(1);

    await user.click(within(section).getByRole('button', { name: 'Undo' }));
    expect(await within(section).findByRole('button', { name: 'Remove' })).toHaveFocus();
    expect(within(section).getByText(/^Your best: 1:40/)).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('');
    expect(getPersonalBest(CHEST_RAISE)).toEqual({ exerciseId: CHEST_RAISE, heldMs: 100_000, achievedAtMs: 601_000 });
  });

  it('shows nothing of a best for an exercise never held', async () => {
    await historyLoaded;
    renderExercise('pelvic-lift');
    expect(screen.queryByRole('region', { name: 'Your personal best' })).toBeNull();
  });

  it('speaks German', async () => {
    await activateLanguage('de');
    await heldOnce(45_000);
    const { user } = renderExercise(CHEST_RAISE);
    const section = screen.getByRole('region', { name: 'Ihre persönliche Bestzeit' });
    expect(within(section).getByText(/^Ihre Bestzeit: 0:45/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Entfernen' }));
    expect(await within(section).findByRole('button', { name: 'Rückgängig' })).toHaveFocus();
    expect(within(section).getByRole('status')).toHaveTextContent('Bestzeit entfernt.');
  });
});
