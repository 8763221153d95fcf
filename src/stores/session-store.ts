import { create } from 'zustand';
import { advance, start } from '../engine/session';
import { viewAt } from '../engine/view';
import type { Effect, Plan, Session, SessionEvent, SessionRecord } from '../engine/types';
import { createWorkoutLock } from '../platform/workout-lock';
import { historyActions, type PersonalBest } from './history-store';
import { resumableSessionChanged, sessionPlaceSaved, STALE_SESSION_AFTER_MS } from './resumable-session';
import { createSessionSaver, loadSavedSession, sessionIdOf } from './saved-session';
import { sessionPlace } from './session-place';

/**
 * The running workout. The engine's session lives here and is saved on every step change and
 * control action (not on every tick: between those, the saved deadlines are enough to rebuild
 * the exact remaining time), so a reload or a crash resumes the same step. A finished workout's
 * record goes to the history store at once; if it cannot be saved it stays here, to retry.
 *
 * One tab owns a running workout (a Web Lock, platform/workout-lock.ts): only the owner ticks,
 * saves and records. Another tab sees "running in another tab" and may take it over.
 */
export interface FinishedWorkout {
  readonly record: SessionRecord;
  readonly newBests: readonly PersonalBest[];
  readonly saveStatus: 'saving' | 'saved' | 'failed';
}

/**
 * 'free': no tab holds the workout (this one may start or resume one); 'owner': this tab runs it;
 * 'elsewhere': another tab runs it; 'moved': another tab took it from this one.
 */
export type Ownership = 'checking' | 'free' | 'owner' | 'elsewhere' | 'moved';

interface SessionState {
  readonly session: Session | null;
  readonly playerPath: string | null;
  /** When the saved session was last active (wall ms); drives the "older than 6 hours" offer. */
  readonly savedAtMs: number | null;
  readonly finishedWorkout: FinishedWorkout | null;
  readonly ownership: Ownership;
}

const EMPTY_WORKOUT = { session: null, playerPath: null, savedAtMs: null, finishedWorkout: null } as const;

const saver = createSessionSaver();
const lock = createWorkoutLock();

/** The saved workout as this tab finds it in storage now (at start, or when taking it over). */
function fromStorage(nowMs: number): Pick<SessionState, 'session' | 'playerPath' | 'savedAtMs' | 'finishedWorkout'> {
  const loaded = loadSavedSession(nowMs);
  if (!loaded) return EMPTY_WORKOUT;
  if (!loaded.legacy) saver.adopt(loaded.session);
  return { session: loaded.session, playerPath: loaded.playerPath, savedAtMs: loaded.savedAtMs, finishedWorkout: null };
}

const useSessionStore = create<SessionState>()(() => ({ ...fromStorage(Date.now()), ownership: lock.coordinated ? 'checking' : 'free' }));

const isActive = (session: Session | null): session is Session => session !== null && (session.status === 'running' || session.status === 'paused');

function save(state: SessionState, nowMs: number): void {
  if (state.ownership !== 'owner' && state.ownership !== 'free') return;
  if (isActive(state.session) && state.playerPath) {
    saver.save(state.session, state.playerPath, nowMs);
    sessionPlaceSaved(sessionPlace(state.session, sessionIdOf(state.session), nowMs, nowMs));
  } else {
    saver.clear();
    sessionPlaceSaved(null);
    lock.release();
  }
  resumableSessionChanged();
}

/** Records a finished workout; the summary shows it at once, its bests once the database answers. */
function recordFinish(effects: readonly Effect[]): FinishedWorkout | null {
  const finished = effects.find((effect) => effect.type === 'finished');
  if (!finished) return null;
  void saveFinished(finished.record);
  return { record: finished.record, newBests: [], saveStatus: 'saving' };
}

async function saveFinished(record: SessionRecord): Promise<void> {
  const outcome = await historyActions.workoutRecorded(record);
  useSessionStore.setState((state) => {
    if (state.finishedWorkout?.record !== record) return state;
    return { finishedWorkout: { record, newBests: outcome.saved ? outcome.newBests : [], saveStatus: outcome.saved ? 'saved' : 'failed' } };
  });
}

/** Applies an engine event; saves when the step or status changed, or always for a control. */
function apply(event: SessionEvent, nowMs: number, isControl: boolean): readonly Effect[] {
  const state = useSessionStore.getState();
  if (!state.session) return [];
  const { session, effects } = advance(state.session, event, nowMs);
  if (session === state.session) return effects;
  const finishedWorkout = recordFinish(effects) ?? state.finishedWorkout;
  const stepOrStatusChanged = session.stepIndex !== state.session.stepIndex || session.status !== state.session.status;
  const next: SessionState = { ...state, session, finishedWorkout, savedAtMs: isControl || stepOrStatusChanged ? nowMs : state.savedAtMs };
  useSessionStore.setState(next);
  if (isControl || stepOrStatusChanged) save(next, nowMs);
  return effects;
}

/** Actions are events from the player. Each returns the engine's effects for the player to carry out. */
export const sessionActions = {
  /**
   * Starts a workout. One still running elsewhere is ended first, so it is kept in the history, not lost.
   * `soon` may put off what the start's first paint need not wait for until it has painted: the
   * first save (the whole plan, up to 114 kB of JSON: 26 ms at a 4× CPU slowdown) saves whatever
   * the session is by then, and the check that no other tab took the workout meanwhile (asking
   * for the Web Lock took 2.5 ms at 4×).
   */
  workoutStarted(plan: Plan, playerPath: string, nowMs: number, soon: (work: () => void) => void = (work) => work()): readonly Effect[] {
    if (useSessionStore.getState().ownership === 'elsewhere') return [];
    if (isActive(useSessionStore.getState().session)) apply({ type: 'abandon' }, nowMs, false);
    const { session, effects } = start(plan, nowMs);
    const next: SessionState = { session, playerPath, savedAtMs: nowMs, finishedWorkout: recordFinish(effects), ownership: 'owner' };
    useSessionStore.setState(next);
    soon(() => {
      const current = useSessionStore.getState();
      // Not when the workout is another one by now (its own start saved it).
      if (current.session?.startedAtMs !== session.startedAtMs || current.playerPath !== playerPath) return;
      save(current, nowMs);
      void lock.acquireIfFree().then((held) => {
        if (!held) useSessionStore.setState({ ownership: 'moved' });
      });
    });
    return effects;
  },
  /**
   * The player opened: find out whether this tab may run the saved workout (it takes it when no
   * other tab runs it) or another tab runs one.
   */
  async playerOpened(): Promise<void> {
    if (useSessionStore.getState().ownership === 'owner') return;
    if (isActive(useSessionStore.getState().session) && (await lock.acquireIfFree())) {
      // Another tab may have run it on since this tab read it: start from what is stored.
      useSessionStore.setState({ ...fromStorage(Date.now()), ownership: 'owner' });
      return;
    }
    const elsewhere = await lock.heldElsewhere();
    useSessionStore.setState((state) => {
      if (state.ownership === 'owner') return state;
      // A tab that lost the workout keeps saying so while the other tab runs it.
      if (elsewhere) return { ownership: state.ownership === 'moved' ? 'moved' : 'elsewhere' };
      return { ...fromStorage(Date.now()), ownership: 'free' };
    });
  },
  /** "Continue here": takes the workout from the tab that runs it. */
  async continuedHere(): Promise<void> {
    await lock.steal();
    useSessionStore.setState({ ...fromStorage(Date.now()), ownership: 'owner' });
  },
  clockTicked: (nowMs: number) => apply({ type: 'tick' }, nowMs, false),
  pausePressed: (nowMs: number) => apply({ type: 'pause' }, nowMs, true),
  resumePressed: (nowMs: number) => apply({ type: 'resume' }, nowMs, true),
  stepSkipped: (nowMs: number) => apply({ type: 'skip' }, nowMs, true),
  stepBackRequested: (nowMs: number) => apply({ type: 'back' }, nowMs, true),
  nextExerciseRequested: (nowMs: number) => apply({ type: 'next-exercise' }, nowMs, true),
  previousExerciseRequested: (nowMs: number) => apply({ type: 'previous-exercise' }, nowMs, true),
  setEnded: (nowMs: number) => apply({ type: 'end-set' }, nowMs, true),
  stepExtended: (seconds: number, nowMs: number) => apply({ type: 'extend', seconds }, nowMs, true),
  stepMarkedDone: (nowMs: number) => apply({ type: 'done' }, nowMs, true),
  exerciseRestarted: (nowMs: number) => apply({ type: 'restart-exercise' }, nowMs, true),
  workoutEnded: (nowMs: number) => apply({ type: 'abandon' }, nowMs, true),
  /**
   * The user left the player (its links, the browser's Back, another page of the app, closing or
   * reloading the tab): a running workout pauses, and is saved so, so it waits where it was. A
   * tab that does not run the workout (another tab took it) changes nothing.
   */
  playerLeft(nowMs: number): readonly Effect[] {
    const { session, ownership } = useSessionStore.getState();
    if (session?.status !== 'running' || (ownership !== 'owner' && ownership !== 'free')) return [];
    return apply({ type: 'pause' }, nowMs, true);
  },
  /**
   * An old session is kept as what it was when last active: ended at that moment, so hours away
   * are not counted as exercise.
   */
  staleWorkoutSavedAsFinished(): readonly Effect[] {
    const { savedAtMs, session } = useSessionStore.getState();
    if (!session || savedAtMs === null) return [];
    return apply({ type: 'abandon' }, lastActiveAtMs(session, savedAtMs), true);
  },
  /** "Start it again" on an old workout: it is dropped, and the same routine starts afresh. */
  staleWorkoutRestarted(plan: Plan, playerPath: string, nowMs: number, soon?: (work: () => void) => void): readonly Effect[] {
    // Dropped in memory only: the new workout's first save replaces the old one's parts, and the
    // tab keeps its lock (released, it is not free again at once, and the new start would find
    // it "held elsewhere").
    useSessionStore.setState(EMPTY_WORKOUT);
    return sessionActions.workoutStarted(plan, playerPath, nowMs, soon);
  },
  staleWorkoutDiscarded(): void {
    const next: SessionState = { ...useSessionStore.getState(), ...EMPTY_WORKOUT };
    useSessionStore.setState(next);
    save(next, 0);
  },
  /** The summary was closed, or a new workout is about to start: forget the ended one. */
  finishedWorkoutDismissed(): void {
    if (isActive(useSessionStore.getState().session)) return;
    useSessionStore.setState(EMPTY_WORKOUT);
  },
  /** "Retry saving" on the summary of a workout that could not be saved. */
  finishedWorkoutSaveRetried(): void {
    const finished = useSessionStore.getState().finishedWorkout;
    if (!finished || finished.saveStatus !== 'failed') return;
    useSessionStore.setState({ finishedWorkout: { ...finished, saveStatus: 'saving' } });
    void saveFinished(finished.record);
  },
};

export const useSession = (): Session | null => useSessionStore((state) => state.session);
export const usePlayerPath = (): string | null => useSessionStore((state) => state.playerPath);
export const useFinishedWorkout = (): FinishedWorkout | null => useSessionStore((state) => state.finishedWorkout);
export const useSavedAtMs = (): number | null => useSessionStore((state) => state.savedAtMs);
export const useOwnership = (): Ownership => useSessionStore((state) => state.ownership);

/**
 * Changes only when what the player shows changes (step, status, timing), not when a tick merely
 * schedules more effects: the player re-renders on this, and reads the session with getSession().
 */
export const useSessionDisplayKey = (): string =>
  useSessionStore((state) => {
    const session = state.session;
    return session ? `${session.stepIndex}|${session.status}|${session.stepStartedAtMs}|${session.stepPausedMs}|${session.stepExtendedMs}|${session.pausedAtMs}` : 'none';
  });

/**
 * Changes only when a workout starts, ends or is discarded: the player's page renders on this. (On
 * the display key it rendered the whole page at every step, every 2 to 3 s in a rep exercise; the
 * workout screen renders at each step of its own accord.)
 */
export const useSessionLifecycleKey = (): string =>
  useSessionStore((state) => {
    const session = state.session;
    if (!session) return 'none';
    const running = session.status === 'running' || session.status === 'paused';
    return `${session.startedAtMs}|${running ? 'under way' : session.status}`;
  });

export const getSession = (): Session | null => useSessionStore.getState().session;
/** Calls `listener` at once whenever the session changes (a tick, a control, another tab); returns an unsubscribe. */
export const onSessionChange = (listener: (session: Session | null) => void): (() => void) =>
  useSessionStore.subscribe((state, previous) => {
    if (state.session !== previous.session) listener(state.session);
  });
/** When the saved session was last active (wall ms). */
export const getSavedAtMs = (): number | null => useSessionStore.getState().savedAtMs;

/** When a saved session was last active: its last save, never before its current step began. */
const lastActiveAtMs = (session: Session, savedAtMs: number): number => Math.max(savedAtMs, session.stepStartedAtMs);

/** How much of an old workout was done: its running time up to its last active moment, pauses excluded, ms. */
export function activeMsUntilLastActive(session: Session, savedAtMs: number | null): number {
  return viewAt(session, lastActiveAtMs(session, savedAtMs ?? session.stepStartedAtMs)).sessionElapsedMs;
}

/** Whether the saved session has been idle too long to resume as if nothing happened. */
export const isStale = (savedAtMs: number | null, nowMs: number): boolean => savedAtMs !== null && nowMs - savedAtMs > STALE_SESSION_AFTER_MS;

lock.onLost(() => useSessionStore.setState({ ownership: 'moved' }));
// Another tab started, moved or ended a workout: what this tab knows of it is out of date.
lock.onChangedElsewhere(() => {
  if (useSessionStore.getState().ownership !== 'owner') void sessionActions.playerOpened();
});

/** For tests: forget the session, in memory and in storage. */
export function resetSessionStore(): void {
  saver.clear();
  sessionPlaceSaved(null);
  lock.release();
  useSessionStore.setState({ ...EMPTY_WORKOUT, ownership: lock.coordinated ? 'checking' : 'free' });
}
