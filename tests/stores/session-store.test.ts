import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { compile } from '../../src/engine/compile';
import { viewAt } from '../../src/engine/view';

const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);
const HOUR_MS = 3_600_000;

function lowerBackPlan() {
  const result = compile(catalog.routinesById.get('lower-back-full')!, catalog);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

/** The store reads storage when its module loads, as after a reload. */
async function freshModules() {
  vi.resetModules();
  const store = await import('../../src/stores/session-store');
  const history = await import('../../src/stores/history-store');
  const notices = await import('../../src/stores/persistence/storage-notices');
  const resumable = await import('../../src/stores/resumable-session');
  return { ...store, ...history, ...notices, ...resumable };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the session store', () => {
  it('brings a reloaded page back to the same step with the right remaining time', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    first.sessionActions.clockTicked(T0 + 10_000); // into the first work step: saved on the step change
    first.sessionActions.clockTicked(T0 + 17_300); // a tick inside the step: not saved, not needed
    const reloaded = await freshModules();
    const session = reloaded.getSession()!;
    const view = viewAt(session, T0 + 17_300);
    expect(view.step.kind).toBe('work');
    expect(view.step.phase).toBe('Bent knee');
    expect(view.stepRemainingMs).toBe(17_700);
  });

  it('saves on step changes and controls, not on every tick', async () => {
    const { sessionActions } = await freshModules();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    expect(setItem).toHaveBeenCalledTimes(1);
    for (let ms = 1_000; ms < 10_000; ms += 1_000) sessionActions.clockTicked(T0 + ms);
    expect(setItem).toHaveBeenCalledTimes(1);
    sessionActions.clockTicked(T0 + 10_000);
    expect(setItem).toHaveBeenCalledTimes(2);
    sessionActions.pausePressed(T0 + 11_000);
    expect(setItem).toHaveBeenCalledTimes(3);
  });

  it('tells the home page there is a workout to resume, and forgets it at the end', async () => {
    const { sessionActions, readSavedSessionBlob, SESSION_STORAGE_KEY } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    expect(readSavedSessionBlob(localStorage.getItem(SESSION_STORAGE_KEY))).toMatchObject({ routineName: 'Full lower back', playerPath: '/play/lower-back-full', savedAtMs: T0 });
    sessionActions.workoutEnded(T0 + 5_000);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('puts a finished workout in the history at once', async () => {
    const { sessionActions } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    sessionActions.clockTicked(T0 + 2 * HOUR_MS);
    const reloaded = await freshModules();
    expect(reloaded.getSessionRecords()).toEqual([expect.objectContaining({ routineId: 'lower-back-full', completed: true })]);
  });

  it('keeps an unfinished workout in the history when another one starts', async () => {
    const { sessionActions, getSessionRecords } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-beginner', T0 + 60_000);
    expect(getSessionRecords()).toEqual([expect.objectContaining({ completed: false, endedAtMs: T0 + 60_000 })]);
  });

  it('saves a workout idle for over 6 hours as ended when it was last active, not hours later', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    first.sessionActions.clockTicked(T0 + 10_000);
    const reloaded = await freshModules();
    expect(reloaded.isStale(reloaded.getSavedAtMs(), T0 + 7 * HOUR_MS)).toBe(true);
    reloaded.sessionActions.staleWorkoutSavedAsFinished();
    expect(reloaded.getSessionRecords()).toEqual([expect.objectContaining({ endedAtMs: T0 + 10_000, completed: false })]);
    expect(localStorage.getItem(reloaded.SESSION_STORAGE_KEY)).toBeNull();
  });

  it('discards an old workout on request', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    const reloaded = await freshModules();
    reloaded.sessionActions.staleWorkoutDiscarded();
    expect(reloaded.getSession()).toBeNull();
    expect(localStorage.getItem(reloaded.SESSION_STORAGE_KEY)).toBeNull();
  });

  it('starts clean and says so when the saved workout is damaged, keeping the old text', async () => {
    localStorage.setItem('upright:session', JSON.stringify({ version: 1, playerPath: '/play/x', routineName: 'X', savedAtMs: T0, session: '{"broken":' }));
    const { getSession, storageNotices } = await freshModules();
    expect(getSession()).toBeNull();
    expect(storageNotices.list()[0]?.message).toMatch(/^Your unfinished workout could not be resumed \(the saved workout is damaged/);
    expect(storageNotices.list()[0]?.rawValue).toContain('broken');
    expect(localStorage.getItem('upright:session:unreadable-backup')).toContain('broken');
  });

  it('keeps the workout going in memory when storage refuses to save', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { sessionActions, getSession, storageNotices } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    sessionActions.clockTicked(T0 + 10_000);
    expect(getSession()?.stepIndex).toBe(1);
    expect(storageNotices.list()[0]?.message).toMatch(/storage is full/);
  });
});
