import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import HistoryPage from '../../../src/features/history/history-page';
import { historyActions, historyLoaded, resetHistoryStore } from '../../../src/stores/history-store';
import { userDatabase } from '../../../src/stores/persistence/user-database';
import { workoutRecord } from '../../stores/history-fixtures';

const DAY_MS = 86_400_000;

afterEach(() => resetHistoryStore());

function renderHistory() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <HistoryPage />
    </MemoryRouter>,
  );
  return { user };
}

describe('the History page', () => {
  it('opens on the newest workouts and shows older ones with a button, for keyboard users', async () => {
    await historyLoaded;
    const firstMs = Date.UTC(2026, 0, 1, 8, 0);
    for (let day = 0; day < 23; day += 1) await historyActions.workoutRecorded(workoutRecord(firstMs + day * DAY_MS));
    const { user } = renderHistory();
    const workouts = await screen.findByRole('region', { name: 'Workouts' });
    await within(workouts).findAllByRole('article');
    expect(within(workouts).getAllByRole('article')).toHaveLength(10);
    expect(within(workouts).getAllByRole('article')[0]).toHaveTextContent('Friday 23 January');
    await user.click(screen.getByRole('button', { name: 'Show older workouts' }));
    await screen.findByRole('button', { name: 'Show older workouts' });
    expect(within(workouts).getAllByRole('article')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show older workouts' }));
    expect(await screen.findByText('That is every workout.')).toBeInTheDocument();
    expect(within(workouts).getAllByRole('article')).toHaveLength(23);
    expect(screen.queryByRole('button', { name: 'Show older workouts' })).toBeNull();
  });

  it('says a workout skipped to its end reached the end, not that it was completed', async () => {
    await historyLoaded;
    const doneMs = Date.UTC(2026, 0, 5, 8, 0);
    await historyActions.workoutRecorded(workoutRecord(doneMs));
    await historyActions.workoutRecorded({
      ...workoutRecord(doneMs + DAY_MS),
      exercisesDone: [],
      exercisesSkipped: ['quadruped-leg-raise'],
      exercises: [{ itemIndex: 0, exerciseId: 'quadruped-leg-raise', outcome: 'skipped' }],
    });
    renderHistory();
    const workouts = await screen.findByRole('region', { name: 'Workouts' });
    const [skipped, done] = await within(workouts).findAllByRole('article');
    expect(skipped).toHaveTextContent('Reached the end, not all done');
    expect(skipped).not.toHaveTextContent('Completed');
    expect(done).toHaveTextContent('Completed');
  });

  it('sets an unreadable workout aside, shows the rest and says how many were set aside', async () => {
    await historyLoaded;
    await historyActions.workoutRecorded(workoutRecord(Date.UTC(2026, 0, 5, 8, 0)));
    const { database } = await userDatabase();
    await database.put('workouts', { id: 'damaged', endedAtMs: Date.UTC(2026, 0, 6, 8, 0), routineId: 'x', exerciseIds: [], v: 1, data: { routineId: 42 } });
    renderHistory();
    expect(await screen.findByText(/^1 stored workout could not be read and is set aside/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Workouts' })).getAllByRole('article')).toHaveLength(1);
  });

  it('says the weekly goal of 3 is a default, and an empty history in words', async () => {
    await historyLoaded;
    renderHistory();
    expect(await screen.findByText('0 of 3 workouts')).toBeInTheDocument();
    expect(screen.getByText('3 a week is the default.')).toBeInTheDocument();
    expect(await screen.findByText('No workouts yet. Every finished, ended or stopped workout appears here.')).toBeInTheDocument();
  });

  it('sets the weekly goal in place, and says what is allowed instead of ignoring a goal out of range', async () => {
    await historyLoaded;
    const { user } = renderHistory();
    const goal = await screen.findByRole('spinbutton', { name: 'Weekly goal' });
    await user.clear(goal);
    await user.type(goal, '0');
    expect(screen.getByText('Enter a whole number from 1 to 14. The saved value is still 3 workouts a week.')).toHaveAttribute('role', 'alert');
    expect(goal).toHaveValue(0); // what was typed stays, to be corrected
    expect(goal).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('0 of 3 workouts')).toBeInTheDocument();
    await user.clear(goal);
    await user.type(goal, '5');
    expect(screen.queryByText(/Enter a whole number/)).not.toBeInTheDocument();
    expect(screen.getByText('0 of 5 workouts')).toBeInTheDocument();
    expect(screen.getByText('The default is 3 a week.')).toBeInTheDocument();
  });

  it('links to the export, the import and the weekly reminder, each to its own section of Settings', async () => {
    await historyLoaded;
    renderHistory();
    expect(await screen.findByRole('link', { name: 'Export your history (CSV or JSON)' })).toHaveAttribute('href', '/settings#history-export');
    expect(screen.getByRole('link', { name: 'Import a history' })).toHaveAttribute('href', '/settings#history-import');
    expect(screen.getByRole('link', { name: 'Add a weekly reminder to my calendar' })).toHaveAttribute('href', '/settings#weekly-reminder');
  });
});
