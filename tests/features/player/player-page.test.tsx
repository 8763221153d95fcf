import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetHistoryStore } from '../../../src/stores/history-store';
import { storageNotices } from '../../../src/shared/storage/storage-notices';
import { resetSessionStore } from '../../../src/stores/session-store';
import { resetSettingsStore } from '../../../src/stores/settings-store';
import { elapse, paintFrame, renderPlayer, T0 } from './render-player';

beforeEach(async () => {
  await resetHistoryStore();
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
  resetSettingsStore();
});
afterEach(() => {
  vi.useRealTimers();
  storageNotices.clear();
});

const timer = () => screen.getByRole('timer');
/** The rep counter: one paragraph whose parts are sized apart (the rep number big). */
const repCounter = (text: string) => screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text);
/**
 * The quadruped leg raise's get-ready with the default settings: 10 s. jsdom has no speech
 * synthesis, so the get-ready is not lengthened for its words (where a browser speaks, it is:
 * tests/shared/i18n/speech.test.ts and the e2e tests with a recorded voice).
 */
const QUADRUPED_GET_READY_MS = 10_000;

describe('the player before the start', () => {
  it('shows the outline with each prescription, the total time and the equipment, with Start focused', () => {
    renderPlayer('/play/lower-back-full');
    expect(screen.getByRole('heading', { level: 1, name: 'Full lower back' })).toBeInTheDocument();
    expect(screen.getByText('Quadruped leg raise')).toBeInTheDocument();
    expect(screen.getByText(/25 s \+ 25 s per side/)).toBeInTheDocument();
    expect(screen.getByText(/About/)).toHaveTextContent('About 10 min · 5 exercises');
    expect(screen.getByRole('heading', { name: 'What you need' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();
  });

  it('says clearly when the routine does not exist, with a way to the routines', () => {
    renderPlayer('/play/no-such-routine');
    expect(screen.getByRole('heading', { level: 1, name: 'Routine not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no routine called “no-such-routine” on this device.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a workout' })).toHaveAttribute('href', '/');
  });

  it('says "Exercise not found" for a single-exercise link to an unknown exercise', () => {
    renderPlayer('/play/exercise/nope');
    expect(screen.getByRole('heading', { level: 1, name: 'Exercise not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no exercise called “nope”.')).toBeInTheDocument();
  });

  it('refuses a shared routine that does not pass the schema', () => {
    renderPlayer('/play/shared', { routine: { id: 'x', name: 'Bad', items: 'nope' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Routine not found' })).toBeInTheDocument();
    expect(screen.getByText(/The shared routine is not valid/)).toBeInTheDocument();
  });

  it('plays a valid shared routine passed by the share page', () => {
    const routine = { id: 'friends-routine', name: 'From a friend', purpose: 'Shared', region: 'lumbar', level: 'beginner', items: [{ exerciseId: 'pelvic-lift' }] };
    renderPlayer('/play/shared', { routine });
    expect(screen.getByRole('heading', { level: 1, name: 'From a friend' })).toBeInTheDocument();
    expect(screen.getByText('Pelvic lift (glute bridge)')).toBeInTheDocument();
  });

  it('offers one exercise alone', () => {
    renderPlayer('/play/exercise/prone-reverse-fly');
    expect(screen.getByRole('heading', { level: 1, name: 'Prone reverse fly, bent arms' })).toBeInTheDocument();
    expect(screen.getByText(/1 exercise$/)).toBeInTheDocument();
  });
});

describe('the running workout', () => {
  it('gets ready with the setup cues, then counts down the first part of the right side', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    // The heading takes the focus once the countdown has been painted (a frame later).
    elapse(50);
    expect(screen.getByRole('heading', { level: 2, name: 'Quadruped leg raise' })).toHaveFocus();
    expect(screen.getByText('Right leg')).toBeInTheDocument();
    expect(timer()).toHaveTextContent('0:10');
    expect(within(screen.getByRole('list', { name: 'How to get into position' })).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');
    // The next setup cue 2 s on: shown as the current one and announced, with the second.
    elapse(2_000);
    // The cues follow the time a frame later (see StepStage).
    paintFrame();
    const setupCues = within(screen.getByRole('list', { name: 'How to get into position' }));
    expect(setupCues.getByText('Hands on the floor, about shoulder-width apart.')).toHaveAttribute('aria-current', 'step');
    expect(setupCues.getByText('Kneel on all fours.')).not.toHaveAttribute('aria-current');
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent('Hands on the floor, about shoulder-width apart.');
    expect(timer()).toHaveTextContent('0:08');

    elapse(QUADRUPED_GET_READY_MS - 2_050);
    paintFrame();
    expect(screen.getByText('Work')).toBeInTheDocument();
    expect(screen.getByText('Bent knee')).toBeInTheDocument();
    expect(timer()).toHaveTextContent('0:25');
    expect(timer()).toHaveAccessibleName('Time left: 25 seconds');
    elapse(1_000 - 17);
    expect(timer()).toHaveTextContent('0:24');
  });

  it('switches to the left side after the two 25 s parts of the right side', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(QUADRUPED_GET_READY_MS + 25_000);
    paintFrame();
    expect(screen.getByText('Straight leg')).toBeInTheDocument();
    elapse(25_000);
    paintFrame();
    expect(screen.getByText('Switch sides')).toBeInTheDocument();
    expect(screen.getByText('Left leg')).toBeInTheDocument();
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent('Switch sides. Switch to the other leg.');
  });

  it('freezes the time on pause and carries on from there on resume, also with the Space key', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(3_000);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    elapse(300_000);
    expect(timer()).toHaveTextContent('0:07');
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent('Paused.');
    (document.activeElement as HTMLElement).blur();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    elapse(2_000);
    expect(timer()).toHaveTextContent('0:05');
  });

  it('leaves the quadruped leg raise for the next exercise in one press of "Next exercise"', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(15_000);
    paintFrame();
    expect(screen.getByText('Bent knee')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next exercise' }));
    // The rest before the next exercise, which names it; the leg raise is behind.
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent(/^Rest\./);
    expect(screen.getByRole('heading', { level: 2, name: 'Back stretch with countermovement' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next exercise' }));
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Back stretch with countermovement' })).toBeInTheDocument();
  });

  it('moves by exercise with → and ←, and by one step with Shift+→ and Shift+←', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    paintFrame();
    expect(screen.getByText('Bent knee')).toBeInTheDocument();
    expect(timer()).toHaveTextContent('0:25');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    paintFrame();
    expect(screen.getByText('Straight leg')).toBeInTheDocument();
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    paintFrame();
    expect(screen.getByText('Bent knee')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent(/^Rest\./);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Quadruped leg raise' })).toBeInTheDocument();
  });

  it('names the moves on the buttons and in the keyboard hint', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('button', { name: 'Next exercise' })).toHaveAttribute('aria-keyshortcuts', 'ArrowRight');
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-keyshortcuts', 'ArrowLeft');
    const more = within(screen.getByRole('group', { name: 'More controls' }));
    expect(more.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-keyshortcuts', 'Shift+ArrowRight');
    expect(screen.getByText(/→ next exercise, ← back to the start of the exercise .*Shift\+→ next step/)).toBeInTheDocument();
  });

  it('adds ten seconds to the step', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Add 10 seconds' }));
    expect(timer()).toHaveTextContent('0:20');
  });

  it('pauses when the big tap area is tapped, without the buttons doing so', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.click(timer());
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('counts the reps of the reverse fly', async () => {
    const { user } = renderPlayer('/play/exercise/prone-reverse-fly');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    paintFrame();
    expect(repCounter('Set 1 of 2 · Rep 1 of 6 · Raise')).toBeInTheDocument();
  });

  it('ends the set on a rep step with "End set" (Enter does the same), the rest of its reps skipped', async () => {
    const { user } = renderPlayer('/play/upper-back');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    paintFrame();
    expect(repCounter('Set 1 of 2 · Rep 1 of 6 · Raise')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Done' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End set' }));
    expect(screen.getByText('Rest between sets')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    paintFrame();
    expect(repCounter('Set 2 of 2 · Rep 1 of 6 · Raise')).toBeInTheDocument();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent(/^Rest\./);
    expect(screen.getByRole('heading', { level: 2, name: 'Overhead band pull-apart' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'End set' })).not.toBeInTheDocument();
  });

  it('asks before ending the workout and keeps going when told to', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'End workout' }));
    const dialog = screen.getByRole('dialog', { name: 'End this workout?' });
    expect(within(dialog).getByRole('button', { name: 'Keep going' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep going' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(timer()).toBeInTheDocument();
  });

  it('pauses the countdown while the user decides whether to end, and resumes on Keep going', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const shownBefore = timer().textContent;
    await user.click(screen.getByRole('button', { name: 'End workout' }));
    elapse(5_000);
    expect(timer()).toHaveTextContent(shownBefore ?? '');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep going' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    elapse(2_000);
    expect(timer()).not.toHaveTextContent(shownBefore ?? '');
  });

  it('stays paused after Keep going when the workout was paused before the question', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(screen.getByRole('button', { name: 'End workout' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep going' }));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('ends the workout on confirmation and shows what was done', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(60_000);
    await user.click(screen.getByRole('button', { name: 'End workout' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End workout' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Workout ended' })).toHaveFocus();
    expect(screen.getByText('Exercises').nextSibling).toHaveTextContent('0 of 5 done, 1 ended early, 4 not reached');
    expect(screen.getByText('Time').nextSibling).toHaveTextContent('1 min');
  });
});

describe('an open-ended hold', () => {
  it('counts up, shows the target, and records a new best when the user says done', async () => {
    const { user } = renderPlayer('/play/exercise/prone-chest-raise-t');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(timer()).toHaveAccessibleName('Time held: 0 seconds');
    paintFrame();
    expect(screen.getByText('First target: 0:05')).toBeInTheDocument();
    elapse(12_000);
    expect(timer()).toHaveTextContent('0:12');
    expect(screen.getByText('Target reached. Keep holding if you can.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    // The second set: the best to beat is now the first hold.
    elapse(30_000);
    paintFrame();
    expect(screen.getByText('Your best: 0:12. Beat it!')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Workout complete. Well done!' })).toBeInTheDocument();
    // The best is compared inside the database's transaction: it shows once that has answered.
    expect(await screen.findByRole('heading', { name: 'New personal best' })).toBeInTheDocument();
    expect(screen.getByText('Prone chest raise, arms out to the sides: held 0:12')).toBeInTheDocument();
  });
});

describe('the rest of the controls', () => {
  it('restarts the exercise from its get-ready', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(QUADRUPED_GET_READY_MS + 30_000);
    paintFrame();
    expect(screen.getByText('Straight leg')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restart exercise' }));
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    expect(timer()).toHaveTextContent('0:10');
  });

  it('does not say "Well done" to a workout skipped to its end: the summary says it is the end, and what was skipped', async () => {
    const { user } = renderPlayer('/play/lower-back-beginner');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(QUADRUPED_GET_READY_MS + 5_000);
    // Out of the first exercise, past the rest, then out of the last one: the workout's end.
    for (let press = 0; press < 3; press += 1) await user.click(screen.getByRole('button', { name: 'Next exercise' }));
    expect(screen.getByRole('heading', { level: 2, name: 'End of the workout' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Well done/ })).toBeNull();
    expect(screen.getByText('Exercises').nextSibling).toHaveTextContent('0 of 2 done, 2 skipped');
  });

  it('offers the same workout again from the summary', async () => {
    const { user } = renderPlayer('/play/exercise/prone-reverse-fly');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'End workout' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End workout' }));
    await user.click(screen.getByRole('button', { name: 'Do it again' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('says once, quietly, that voice is unavailable and carries on with the cues on screen', async () => {
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    // Audio starts after the countdown's first paint; its answer (none here) arrives in a promise.
    await act(async () => {
      vi.advanceTimersByTime(1_000);
    });
    // jsdom, like some browsers, has neither speech nor Web Audio.
    expect(screen.getByText('Voice and sound unavailable on this device: follow the cues on screen.')).toHaveAttribute('role', 'status');
    elapse(QUADRUPED_GET_READY_MS - 1_000);
    paintFrame();
    expect(screen.getByText('Lift one leg and bend the knee.')).toHaveAttribute('aria-current', 'step');
  });

  it('warns before starting a second workout while another is unfinished', async () => {
    const first = renderPlayer('/play/lower-back-full');
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    first.unmount();
    renderPlayer('/play/upper-back');
    expect(screen.getByRole('note')).toHaveTextContent('“Full lower back” is not finished. Resume it, or start this one: what you did in the unfinished one is then recorded on this device.');
    expect(screen.getByRole('link', { name: 'Resume it' })).toHaveAttribute('href', '/play/lower-back-full');
  });
});
