import { create } from 'zustand';
import { restoreSession, serializeSession } from '../engine/serialize';
import { advance, start } from '../engine/session';
import type { Effect, Plan, Session, SessionEvent, SessionRecord } from '../engine/types';
import { historyActions, type PersonalBest } from './history-store';
import { safeStorage } from './persistence/safe-storage';
import { backupKey } from './persistence/validated-storage';
import { storageNotices } from './persistence/storage-notices';
import { readSavedSessionBlob, resumableSessionChanged, SESSION_STORAGE_KEY, STALE_SESSION_AFTER_MS, type SavedSessionBlob } from './resumable-session';

/**
 * The running workout. The engine's session lives here and is saved on every step change and
 * control action (not on every tick: between those, the saved deadlines are enough to rebuild
 * the exact remaining time), so a reload or a crash resumes the same step. A finished workout's
 * record goes to the history store at once, so it is never lost.
 */
export interface FinishedWorkout {
  readonly record: SessionRecord;
  readonly newBests: readonly PersonalBest[];
}

interface SessionState {
  readonly session: Session | null;
  readonly playerPath: string | null;
  /** When the saved session was last active (wall ms); drives the "older than 6 hours" offer. */
  readonly savedAtMs: number | null;
  readonly finishedWorkout: FinishedWorkout | null;
}

const EMPTY: SessionState = { session: null, playerPath: null, savedAtMs: null, finishedWorkout: null };

function loadSaved(): SessionState {
  const raw = safeStorage.getItem(SESSION_STORAGE_KEY);
  if (raw === null) return EMPTY;
  const blob = readSavedSessionBlob(raw);
  const restored = blob ? restoreSession(blob.session) : { ok: false as const, reason: 'the saved data is damaged' };
  if (blob && restored.ok && (restored.session.status === 'running' || restored.session.status === 'paused')) {
    return { session: restored.session, playerPath: blob.playerPath, savedAtMs: blob.savedAtMs, finishedWorkout: null };
  }
  // Unreadable: keep the raw text for download and say what happened, never fail the app.
  safeStorage.setItem(backupKey(SESSION_STORAGE_KEY), raw);
  safeStorage.removeItem(SESSION_STORAGE_KEY);
  const reason = restored.ok ? 'it had already ended' : restored.reason;
  storageNotices.report({ key: SESSION_STORAGE_KEY, message: `Your unfinished workout could not be resumed (${reason}).`, rawValue: raw });
  return EMPTY;
}

const useSessionStore = create<SessionState>()(() => loadSaved());

function save(state: SessionState, nowMs: number): void {
  const { session, playerPath } = state;
  if (session && playerPath && (session.status === 'running' || session.status === 'paused')) {
    const blob: SavedSessionBlob = { version: 1, playerPath, routineName: session.plan.routineName, savedAtMs: nowMs, session: serializeSession(session) };
    safeStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(blob));
  } else {
    safeStorage.removeItem(SESSION_STORAGE_KEY);
  }
  resumableSessionChanged();
}

function recordFinish(effects: readonly Effect[]): FinishedWorkout | null {
  const finished = effects.find((effect) => effect.type === 'finished');
  if (!finished) return null;
  return { record: finished.record, newBests: historyActions.sessionRecorded(finished.record) };
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
  /** Starts a workout. One still running elsewhere is ended first, so it is kept in the history, not lost. */
  workoutStarted(plan: Plan, playerPath: string, nowMs: number): readonly Effect[] {
    const previous = useSessionStore.getState().session;
    if (previous && (previous.status === 'running' || previous.status === 'paused')) apply({ type: 'abandon' }, nowMs, false);
    const { session, effects } = start(plan, nowMs);
    const next: SessionState = { session, playerPath, savedAtMs: nowMs, finishedWorkout: recordFinish(effects) };
    useSessionStore.setState(next);
    save(next, nowMs);
    return effects;
  },
  clockTicked: (nowMs: number) => apply({ type: 'tick' }, nowMs, false),
  pausePressed: (nowMs: number) => apply({ type: 'pause' }, nowMs, true),
  resumePressed: (nowMs: number) => apply({ type: 'resume' }, nowMs, true),
  stepSkipped: (nowMs: number) => apply({ type: 'skip' }, nowMs, true),
  stepBackRequested: (nowMs: number) => apply({ type: 'back' }, nowMs, true),
  stepExtended: (seconds: number, nowMs: number) => apply({ type: 'extend', seconds }, nowMs, true),
  stepMarkedDone: (nowMs: number) => apply({ type: 'done' }, nowMs, true),
  exerciseRestarted: (nowMs: number) => apply({ type: 'restart-exercise' }, nowMs, true),
  workoutEnded: (nowMs: number) => apply({ type: 'abandon' }, nowMs, true),
  /**
   * An old session is kept as what it was when last active: ended at that moment, so hours away
   * are not counted as exercise.
   */
  staleWorkoutSavedAsFinished(): readonly Effect[] {
    const { savedAtMs, session } = useSessionStore.getState();
    if (!session || savedAtMs === null) return [];
    return apply({ type: 'abandon' }, Math.max(savedAtMs, session.stepStartedAtMs), true);
  },
  staleWorkoutDiscarded(): void {
    useSessionStore.setState(EMPTY);
    save(EMPTY, 0);
  },
  /** The summary was closed, or a new workout is about to start: forget the ended one. */
  finishedWorkoutDismissed(): void {
    const { session } = useSessionStore.getState();
    if (session && (session.status === 'running' || session.status === 'paused')) return;
    useSessionStore.setState(EMPTY);
  },
};

export const useSession = (): Session | null => useSessionStore((state) => state.session);
export const usePlayerPath = (): string | null => useSessionStore((state) => state.playerPath);
export const useFinishedWorkout = (): FinishedWorkout | null => useSessionStore((state) => state.finishedWorkout);
export const useSavedAtMs = (): number | null => useSessionStore((state) => state.savedAtMs);

/**
 * Changes only when what the player shows changes (step, status, timing), not when a tick merely
 * schedules more effects: the player re-renders on this, and reads the session with getSession().
 */
export const useSessionDisplayKey = (): string =>
  useSessionStore((state) => {
    const session = state.session;
    return session ? `${session.stepIndex}|${session.status}|${session.stepStartedAtMs}|${session.stepPausedMs}|${session.stepExtendedMs}|${session.pausedAtMs}` : 'none';
  });

export const getSession = (): Session | null => useSessionStore.getState().session;
/** When the saved session was last active (wall ms). */
export const getSavedAtMs = (): number | null => useSessionStore.getState().savedAtMs;

/** Whether the saved session has been idle too long to resume as if nothing happened. */
export const isStale = (savedAtMs: number | null, nowMs: number): boolean => savedAtMs !== null && nowMs - savedAtMs > STALE_SESSION_AFTER_MS;

/** For tests: forget the session, in memory and in storage. */
export function resetSessionStore(): void {
  useSessionStore.setState(EMPTY);
  safeStorage.removeItem(SESSION_STORAGE_KEY);
}
