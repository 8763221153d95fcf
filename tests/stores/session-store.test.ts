import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { compile } from '../../src/engine/compile';
import type { Plan } from '../../src/engine/types';
import { viewAt } from '../../src/engine/view';
import { words } from '../engine/simulated-clock';
import savedV2 from './fixtures/saved-session-v2.json';
import { noticeText } from '../../src/shared/storage/notice-text';

const noticeTextOf = (notice: { message: Parameters<typeof noticeText>[0] } | undefined) => (notice ? noticeText(notice.message) : undefined);

const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);
const HOUR_MS = 3_600_000;

function lowerBackPlan() {
  const result = compile(catalog.routinesById.get('lower-back-full')!, catalog);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

/**
 * A plan migrated from English text is today's plan in every step's timing, cues and ids; its
 * announcements keep what the old plan said (as phrases), since today's say more (the whole setup,
 * the first side), and saying more would need a longer get-ready than the saved timeline has.
 */
const withoutAnnouncements = (plan: Plan) => ({ ...plan, steps: plan.steps.map(({ announcement: _said, ...step }) => step) });

/** The store reads storage when its module loads, as after a reload. */
async function freshModules() {
  vi.resetModules();
  const store = await import('../../src/stores/session-store');
  const history = await import('../../src/stores/history-store');
  const notices = await import('../../src/shared/storage/storage-notices');
  const resumable = await import('../../src/stores/resumable-session');
  const database = await import('../../src/stores/persistence/user-database');
  await history.historyLoaded;
  return { ...store, ...history, ...notices, ...resumable, ...database };
}

/** The history as stored, once the database has answered. */
async function storedWorkouts(modules: Awaited<ReturnType<typeof freshModules>>, count: number) {
  await vi.waitFor(async () => expect(await modules.readWorkoutsEndedSince(0)).toHaveLength(count));
  return modules.readWorkoutsEndedSince(0);
}

/**
 * Each reload (freshModules) leaves the earlier store listening to other tabs' changes, as a tab
 * would; closing their channels after each test keeps one test's stores from reading the next
 * test's workout (how soon they would depends on how long loading the modules takes).
 */
const openChannels: BroadcastChannel[] = [];
const RealBroadcastChannel = globalThis.BroadcastChannel;
globalThis.BroadcastChannel = class extends RealBroadcastChannel {
  constructor(name: string) {
    super(name);
    openChannels.push(this);
  }
};

// The files after this one in the same worker get the real class back.
afterAll(() => {
  globalThis.BroadcastChannel = RealBroadcastChannel;
});

beforeEach(() => localStorage.clear());
afterEach(async () => {
  for (const channel of openChannels.splice(0)) channel.close();
  vi.restoreAllMocks();
  const modules = await import('../../src/stores/history-store');
  await modules.resetHistoryStore();
});

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
    expect([view.step.role, words(view.step, catalog).phase]).toEqual(['bent-knee', 'Bent knee']);
    expect(view.stepRemainingMs).toBe(17_700);
  });

  it('saves on step changes and controls, not on every tick', async () => {
    const { sessionActions } = await freshModules();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    const afterStart = setItem.mock.calls.length;
    expect(afterStart).toBeGreaterThan(0);
    for (let ms = 1_000; ms < 10_000; ms += 1_000) sessionActions.clockTicked(T0 + ms);
    expect(setItem).toHaveBeenCalledTimes(afterStart);
    sessionActions.clockTicked(T0 + 10_000);
    const afterStep = setItem.mock.calls.length;
    expect(afterStep).toBeGreaterThan(afterStart);
    sessionActions.pausePressed(T0 + 11_000);
    expect(setItem.mock.calls.length).toBeGreaterThan(afterStep);
  });

  it('writes the plan once, then under 2,000 characters at each step change of the full-back routine', async () => {
    const { sessionActions } = await freshModules();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const plan = compile(catalog.routinesById.get('full-back')!, catalog);
    if (!plan.ok) throw new Error(plan.error.message);
    sessionActions.workoutStarted(plan.plan, '/play/full-back', T0);
    const planWrite = setItem.mock.calls.find(([key]) => key === 'upright:session:plan');
    expect(planWrite?.[1].length).toBeGreaterThan(50_000);
    setItem.mockClear();
    const charactersPerStepChange: number[] = [];
    for (let ms = 500; ms < 3 * HOUR_MS; ms += 500) {
      const before = setItem.mock.calls.length;
      sessionActions.clockTicked(T0 + ms);
      const written = setItem.mock.calls.slice(before).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
      if (written > 0) charactersPerStepChange.push(written);
      if (localStorage.getItem('upright:session') === null) break;
    }
    expect(charactersPerStepChange.length).toBeGreaterThan(300);
    expect(Math.max(...charactersPerStepChange)).toBeLessThanOrEqual(2_000);
    expect(setItem.mock.calls.some(([key]) => key === 'upright:session:plan')).toBe(false);
  });

  it('tells the home page there is a workout to resume, and forgets it at the end', async () => {
    const { sessionActions, readSavedSessionSummary, SESSION_STORAGE_KEY } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    expect(readSavedSessionSummary(localStorage.getItem(SESSION_STORAGE_KEY))).toMatchObject({ routineName: 'Full lower back', playerPath: '/play/lower-back-full', savedAtMs: T0 });
    sessionActions.workoutEnded(T0 + 5_000);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(SESSION_STORAGE_KEY))).toEqual([]);
  });

  it('puts a finished workout in the history at once', async () => {
    const { sessionActions } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    sessionActions.clockTicked(T0 + 2 * HOUR_MS);
    expect(await storedWorkouts(await freshModules(), 1)).toEqual([expect.objectContaining({ routineId: 'lower-back-full', completed: true })]);
  });

  it('keeps an unfinished workout in the history when another one starts', async () => {
    const modules = await freshModules();
    modules.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    modules.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-beginner', T0 + 60_000);
    expect(await storedWorkouts(modules, 1)).toEqual([expect.objectContaining({ completed: false, endedAtMs: T0 + 60_000 })]);
  });

  it('saves a workout idle for over 6 hours as ended when it was last active, not hours later', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    first.sessionActions.clockTicked(T0 + 10_000);
    const reloaded = await freshModules();
    expect(reloaded.isStale(reloaded.getSavedAtMs(), T0 + 7 * HOUR_MS)).toBe(true);
    await reloaded.sessionActions.playerOpened();
    reloaded.sessionActions.staleWorkoutSavedAsFinished();
    expect(await storedWorkouts(reloaded, 1)).toEqual([expect.objectContaining({ endedAtMs: T0 + 10_000, completed: false })]);
    expect(localStorage.getItem(reloaded.SESSION_STORAGE_KEY)).toBeNull();
  });

  it('discards an old workout on request', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    const reloaded = await freshModules();
    await reloaded.sessionActions.playerOpened();
    reloaded.sessionActions.staleWorkoutDiscarded();
    expect(reloaded.getSession()).toBeNull();
    expect(localStorage.getItem(reloaded.SESSION_STORAGE_KEY)).toBeNull();
  });

  it('starts clean and says so when the saved workout is damaged, keeping the old text', async () => {
    localStorage.setItem('upright:session', JSON.stringify({ version: 1, playerPath: '/play/x', routineName: 'X', savedAtMs: T0, session: '{"broken":' }));
    const { getSession, storageNotices } = await freshModules();
    expect(getSession()).toBeNull();
    expect(noticeTextOf(storageNotices.list()[0])).toBe('Your unfinished workout could not be resumed: the saved data is damaged or out of range. The old data can be downloaded.');
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
    expect(noticeTextOf(storageNotices.list()[0])).toMatch(/storage is full/);
  });

  it('refuses a saved workout that starts in the future, in plain words', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', Date.now() + 24 * HOUR_MS);
    const { getSession, storageNotices } = await freshModules();
    expect(getSession()).toBeNull();
    expect(noticeTextOf(storageNotices.list()[0])).toBe('Your unfinished workout could not be resumed: the saved data is damaged or out of range. The old data can be downloaded.');
  });

  it('leaves a workout saved by a newer version alone and says so', async () => {
    const newer = JSON.stringify({ version: 4, state: { futureField: true } });
    localStorage.setItem('upright:session', newer);
    const { getSession, storageNotices } = await freshModules();
    expect(getSession()).toBeNull();
    expect(noticeTextOf(storageNotices.list()[0])).toMatch(/saved by a newer version of Upright/);
    expect(localStorage.getItem('upright:session')).toBe(newer);
  });

  it('says after a reload that a workout could not be kept when storage filled up', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    const realSetItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith('upright:session:log')) throw new DOMException('full', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    });
    first.sessionActions.clockTicked(T0 + 10_000);
    first.sessionActions.clockTicked(T0 + 40_000);
    vi.restoreAllMocks();
    const { getSession, storageNotices } = await freshModules();
    expect(getSession()).toBeNull();
    expect(storageNotices.list().map((notice) => noticeText(notice.message))).toContainEqual(expect.stringMatching(/^Your workout “Full lower back” could not be kept after .*: the browser’s storage was full/));
  });
  // These leave a reloaded store listening to other tabs' changes: kept last, so no later test's workout is read by them.
  it('resumes a workout saved whole by version 1 (its plan in English text) on the same step, and saves it lean from then on', async () => {
    // Upright 0.1 kept the whole session, its plan as Upright wrote plans then (English text).
    const { cursor } = JSON.parse(savedV2.items['upright:session']!).state;
    const { openEntry, closedCount: _closed, ...times } = cursor;
    const log = [...JSON.parse(savedV2.items['upright:session:log:0']!).entries.map((entry: unknown[]) => ({
      stepIndex: entry[0], enteredAtMs: entry[1], leftAtMs: entry[2], outcome: 'completed', activeMs: entry[4], extendedMs: entry[5], heldMs: entry[6],
    })), openEntry];
    const oldSession = { version: 1, plan: JSON.parse(savedV2.items['upright:session:plan']!).plan, ...times, log };
    localStorage.setItem('upright:session', JSON.stringify({ version: 1, playerPath: '/play/lower-back-full', routineName: 'Full lower back', savedAtMs: savedV2.savedAtMs, session: JSON.stringify(oldSession) }));
    const reloaded = await freshModules();
    expect(reloaded.getSession()).toMatchObject({ version: 2, stepIndex: 2, stepStartedAtMs: cursor.stepStartedAtMs });
    expect(withoutAnnouncements(reloaded.getSession()!.plan)).toEqual(withoutAnnouncements(lowerBackPlan()));
    await reloaded.sessionActions.playerOpened();
    reloaded.sessionActions.pausePressed(savedV2.savedAtMs + 2_000);
    const saved = JSON.parse(localStorage.getItem('upright:session')!);
    expect(saved).toMatchObject({ version: 3, state: { playerPath: '/play/lower-back-full' } });
    expect(saved).not.toHaveProperty('state.legacySession');
    const again = await freshModules();
    expect(again.getSession()).toMatchObject({ status: 'paused', stepIndex: 2, pausedAtMs: savedV2.savedAtMs + 2_000 });
  });

  it('resumes a workout saved by version 2, its plan in English text, as today\'s plan on the same step with the same time left', async () => {
    // The fixture is what the last English-only Upright stored 40 s into the full lower-back routine.
    for (const [key, value] of Object.entries(savedV2.items)) localStorage.setItem(key, value);
    const reloaded = await freshModules();
    const session = reloaded.getSession()!;
    expect(withoutAnnouncements(session.plan)).toEqual(withoutAnnouncements(lowerBackPlan()));
    const view = viewAt(session, savedV2.savedAtMs + 5_000);
    expect([view.step.kind, view.step.role, view.step.side, view.stepRemainingMs]).toEqual(['work', 'straight-leg', 'right', 15_000]);
    expect(words(view.step, catalog)).toMatchObject({ phase: 'Straight leg', sideLabel: 'Right leg', exerciseName: 'Quadruped leg raise' });
    expect(reloaded.storageNotices.list()).toEqual([]);
    // The next save writes the plan in today's form, and the migration does not run again.
    reloaded.sessionActions.pausePressed(savedV2.savedAtMs + 5_000);
    expect(JSON.parse(localStorage.getItem('upright:session')!)).not.toHaveProperty('state.planForm');
    expect(JSON.parse(localStorage.getItem('upright:session:plan')!).plan).toEqual(session.plan);
    const again = await freshModules();
    expect(again.getSession()).toMatchObject({ status: 'paused', stepIndex: 2, plan: session.plan });
  });

  it('says so in plain words when a version-2 plan names an exercise the catalog no longer has', async () => {
    for (const [key, value] of Object.entries(savedV2.items)) localStorage.setItem(key, value.replaceAll('quadruped-leg-raise', 'removed-exercise'));
    const { getSession, storageNotices } = await freshModules();
    expect(getSession()).toBeNull();
    expect(noticeTextOf(storageNotices.list()[0])).toBe('Your unfinished workout could not be resumed: the saved data is damaged or out of range. The old data can be downloaded.');
  });
});

describe('leaving the player and coming back later', () => {
  it('pauses a running workout when the player is left, saved paused with where it stands', async () => {
    const { sessionActions, readSavedSessionSummary, readSessionPlace, SESSION_STORAGE_KEY, SESSION_PLACE_STORAGE_KEY } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    sessionActions.clockTicked(T0 + 10_000);
    sessionActions.playerLeft(T0 + 15_000);
    const reloaded = await freshModules();
    expect(reloaded.getSession()).toMatchObject({ status: 'paused', pausedAtMs: T0 + 15_000, stepIndex: 1 });
    const summary = readSavedSessionSummary(localStorage.getItem(SESSION_STORAGE_KEY))!;
    expect(readSessionPlace(localStorage.getItem(SESSION_PLACE_STORAGE_KEY), summary)).toMatchObject({
      paused: true, where: 'exercise', timeShown: '0:20', timeCounts: 'left', exerciseNumber: 1, exerciseCount: 5, exerciseName: 'Quadruped leg raise', sideLabel: 'Right leg',
    });
  });

  it('leaves a paused or ended workout as it is', async () => {
    const { sessionActions, getSession } = await freshModules();
    sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    sessionActions.pausePressed(T0 + 3_000);
    expect(sessionActions.playerLeft(T0 + 9_000)).toEqual([]);
    expect(getSession()).toMatchObject({ status: 'paused', pausedAtMs: T0 + 3_000 });
    sessionActions.workoutEnded(T0 + 10_000);
    const ended = getSession();
    sessionActions.playerLeft(T0 + 11_000);
    expect(getSession()).toBe(ended);
  });

  it('tells how much of an old workout was done, and starts it again afresh without recording the old one', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    first.sessionActions.clockTicked(T0 + 35_000);
    first.sessionActions.playerLeft(T0 + 42_000);
    const later = await freshModules();
    expect(later.activeMsUntilLastActive(later.getSession()!, later.getSavedAtMs())).toBe(42_000);
    later.sessionActions.staleWorkoutRestarted(lowerBackPlan(), '/play/lower-back-full', T0 + 7 * HOUR_MS);
    expect(later.getSession()).toMatchObject({ status: 'running', startedAtMs: T0 + 7 * HOUR_MS, stepIndex: 0 });
    expect(await later.readWorkoutsEndedSince(0)).toEqual([]);
  });

  it('saves what was done of an old paused workout as ended when it was left', async () => {
    const first = await freshModules();
    first.sessionActions.workoutStarted(lowerBackPlan(), '/play/lower-back-full', T0);
    first.sessionActions.clockTicked(T0 + 35_000);
    first.sessionActions.playerLeft(T0 + 42_000);
    const later = await freshModules();
    later.sessionActions.staleWorkoutSavedAsFinished();
    expect(await storedWorkouts(later, 1)).toEqual([expect.objectContaining({ completed: false, endedAtMs: T0 + 42_000, activeMs: 42_000 })]);
  });
});
