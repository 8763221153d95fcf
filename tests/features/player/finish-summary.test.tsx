import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import type { Routine } from '../../../src/catalog/schema';
import { compile } from '../../../src/engine/compile';
import { sessionRecord } from '../../../src/engine/record';
import type { Plan, SessionRecord } from '../../../src/engine/types';
import { FinishSummary } from '../../../src/features/player/finish-summary';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { getPersonalBest, historyActions, historyLoaded, resetHistoryStore } from '../../../src/stores/history-store';
import type { FinishedWorkout } from '../../../src/stores/session-store';
import { SimulatedSession } from '../../engine/simulated-clock';

const CHEST_RAISE = 'prone-chest-raise-t';

function planOf(routine: Routine | string): Plan {
  const found = typeof routine === 'string' ? catalog.routinesById.get(routine) : routine;
  const result = compile(found!, catalog);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}
const alone = (exerciseId: string): Plan =>
  planOf({ id: `exercise-${exerciseId}`, name: exerciseId, purpose: 'Testing.', region: 'lumbar', level: 'beginner', items: [{ exerciseId }] });

function renderSummary(plan: Plan, record: SessionRecord, saveStatus: FinishedWorkout['saveStatus'] = 'saved', newBests: FinishedWorkout['newBests'] = []) {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <FinishSummary plan={plan} finished={{ record, newBests, saveStatus }} onAgain={() => undefined} onRetrySave={() => undefined} />
    </MemoryRouter>,
  );
  return { user };
}

/** The chest raise alone, both holds left to run into the 2:00 cap. */
async function cappedChestRaise(): Promise<{ plan: Plan; record: SessionRecord }> {
  const plan = alone(CHEST_RAISE);
  const run = new SimulatedSession(plan, 1_000_000, catalog).advanceBy(10 * 60_000, 1_000);
  const record = sessionRecord(run.session);
  expect(record.maxHolds.map((hold) => [hold.heldMs, hold.capReached])).toEqual([[120_000, true], [120_000, true]]);
  await historyLoaded;
  await historyActions.workoutRecorded(record);
  return { plan, record };
}

afterEach(async () => {
  await resetHistoryStore();
  await activateLanguage('en');
});

describe('the summary’s counts', () => {
  it('counts the back stretch ended partway as ended early, with its reps, and says which exercises were not reached', () => {
    const plan = planOf('lower-back-full');
    // The quadruped leg raise in full (2 min 15 s with its rest), then 30 s into the back stretch.
    const run = new SimulatedSession(plan, 0, catalog).advanceBy(135_000 + 10_000 + 30_000).send({ type: 'abandon' });
    renderSummary(plan, sessionRecord(run.session));
    expect(screen.getByText('Exercises').nextSibling).toHaveTextContent('1 of 5 done, 1 ended early, 3 not reached');
    expect(screen.getByText(/^Ended early:/)).toHaveTextContent('Ended early: Back stretch with countermovement (3 of 10 reps).');
    expect(screen.getByText(/^Not reached:/)).toHaveTextContent('Not reached: Pelvic lift (glute bridge), Prone chest raise, arms out to the sides, Diagonal arm and leg raise.');
    expect(screen.queryByText(/^Skipped:/)).toBeNull();
  });

  it('counts a skipped hold as skipped when the workout ends after it', () => {
    const plan = alone(CHEST_RAISE);
    const run = new SimulatedSession(plan, 0, catalog).advanceBy(12_000).send({ type: 'skip' }).advanceBy(5_000).send({ type: 'abandon' });
    renderSummary(plan, sessionRecord(run.session));
    expect(screen.getByText('Exercises').nextSibling).toHaveTextContent('0 of 1 done, 1 skipped');
    expect(screen.getByText('Skipped: Prone chest raise, arms out to the sides.')).toBeInTheDocument();
  });

  it('gives the reps done of a set ended early', () => {
    const plan = alone('prone-reverse-fly');
    // 10 s get-ready, then reps of 7 s (raise 2, hold 3, lower 2): ended during the fifth.
    const run = new SimulatedSession(plan, 0, catalog).advanceBy(10_000 + 4 * 7_000 + 1_000).send({ type: 'abandon' });
    renderSummary(plan, sessionRecord(run.session));
    expect(screen.getByText('Exercises').nextSibling).toHaveTextContent('0 of 1 done, 1 ended early');
    expect(screen.getByText('Ended early: Prone reverse fly, bent arms (4 of 12 reps).')).toBeInTheDocument();
  });

  it('says the counts in German', async () => {
    await activateLanguage('de');
    const plan = planOf('lower-back-full');
    const run = new SimulatedSession(plan, 0, catalog).advanceBy(135_000 + 10_000 + 30_000).send({ type: 'abandon' });
    renderSummary(plan, sessionRecord(run.session));
    expect(screen.getByText('Übungen').nextSibling).toHaveTextContent('1 von 5 gemacht, 1 vorzeitig beendet, 3 nicht erreicht');
    expect(screen.getByText(/^Vorzeitig beendet:/)).toBeInTheDocument();
  });
});

describe('a hold its cap ended, on the summary', () => {
  it('asks whether the whole 2:00 was held; yes makes it the best, and says so', async () => {
    const { plan, record } = await cappedChestRaise();
    const { user } = renderSummary(plan, record);
    expect(getPersonalBest(CHEST_RAISE)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'New personal best' })).toBeNull();
    const first = screen.getByRole('group', { name: /^Prone chest raise, arms out to the sides, hold 1: the hold ran to its 2:00 limit.*Did you hold the whole 2:00\?$/ });
    await user.click(within(first).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Counted: Prone chest raise, arms out to the sides, hold 1, held 2:00.')).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'New personal best' })).toBeInTheDocument();
    expect(screen.getByText('Prone chest raise, arms out to the sides: held 2:00')).toBeInTheDocument();
    expect(getPersonalBest(CHEST_RAISE)?.heldMs).toBe(120_000);
  });

  it('no leaves it uncounted', async () => {
    const { plan, record } = await cappedChestRaise();
    const { user } = renderSummary(plan, record);
    for (const group of screen.getAllByRole('group', { name: /Did you hold the whole 2:00\?/ })) await user.click(within(group).getByRole('button', { name: 'No' }));
    expect(screen.getByText('Prone chest raise, arms out to the sides, hold 2: not counted as a best.')).toHaveFocus();
    expect(screen.queryByRole('group', { name: /Did you hold/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'New personal best' })).toBeNull();
    expect(getPersonalBest(CHEST_RAISE)).toBeNull();
  });

  it('is asked only once the workout is stored', async () => {
    const { plan, record } = await cappedChestRaise();
    renderSummary(plan, record, 'saving');
    expect(screen.queryByRole('group')).toBeNull(); // neither the capped holds' questions nor "How was it?"
  });

  it('asks in German', async () => {
    await activateLanguage('de');
    const { plan, record } = await cappedChestRaise();
    renderSummary(plan, record);
    const groups = screen.getAllByRole('group', { name: /Haben Sie die ganzen 2:00 gehalten\?$/ });
    expect(groups).toHaveLength(2);
    expect(within(groups[0]!).getByRole('button', { name: 'Ja' })).toBeInTheDocument();
    expect(within(groups[0]!).getByRole('button', { name: 'Nein' })).toBeInTheDocument();
  });
});

describe('how it was, and a note', () => {
  it('saves the rating in one tap and the note with Save into the stored workout, in German too', async () => {
    const { plan, record } = await cappedChestRaise();
    const { user } = renderSummary(plan, record);
    await user.click(within(screen.getByRole('group', { name: 'How was it?' })).getByRole('button', { name: 'Too easy' }));
    expect(await screen.findByText('Saved: Too easy.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Too easy' })).toHaveAttribute('aria-pressed', 'true');
    await user.type(screen.getByLabelText('Note (optional)'), 'Calm, <i>steady</i>');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText('Note saved.')).toBeInTheDocument();
    const { readWorkoutPage } = await import('../../../src/stores/history-reads');
    expect((await readWorkoutPage(null, 5)).workouts[0]?.workout).toMatchObject({ rating: 'too-easy', note: 'Calm, <i>steady</i>' });
    await activateLanguage('de');
    expect(await screen.findByRole('group', { name: 'Wie war es?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zu leicht' })).toBeInTheDocument();
  });

  it('is not asked before the workout is stored', () => {
    const plan = alone(CHEST_RAISE);
    const record = sessionRecord(new SimulatedSession(plan, 2_000_000, catalog).advanceBy(60_000, 1_000).send({ type: 'abandon' }).session);
    renderSummary(plan, record, 'failed');
    expect(screen.queryByRole('group', { name: 'How was it?' })).not.toBeInTheDocument();
  });
});
