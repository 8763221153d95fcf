/**
 * The running session: `start` and `advance` are pure. They take the time (`nowMs`, wall ms) and
 * return the next session with the effects for the UI to carry out; nothing here reads a clock.
 * Every event first brings a running session up to `nowMs` (completing the steps that ended), so
 * it applies to the step that is current at that moment.
 */
import { catchUp } from './catch-up';
import { EFFECT_LOOKAHEAD_MS, rescheduleFrom } from './effect-schedule';
import { enteredRecord } from './step-entry';
import { abandon, back, done, endSet, nextExercise, previousExercise, restartExercise, skip } from './navigation-transitions';
import { extend, finished, pause, resume, stepChanged, tick } from './time-transitions';
import type { Plan, Session, SessionEvent, TransitionResult } from './types';

/** Starts `plan` at `nowMs` on its first step; emits 'step-changed' and the first effects. */
export function start(plan: Plan, nowMs: number): TransitionResult {
  const session: Session = {
    version: 2,
    plan,
    status: 'running',
    stepIndex: 0,
    stepStartedAtMs: nowMs,
    stepPausedMs: 0,
    stepExtendedMs: 0,
    pausedAtMs: null,
    startedAtMs: nowMs,
    endedAtMs: null,
    totalPausedMs: 0,
    effectsScheduledUntilMs: nowMs + EFFECT_LOOKAHEAD_MS,
    log: [enteredRecord(0, nowMs)],
  };
  if (plan.steps[0]?.kind !== 'finish') {
    return { session, effects: [{ type: 'step-changed', fromIndex: null, toIndex: 0 }, ...rescheduleFrom(session, nowMs, true)] };
  }
  const ended: Session = { ...session, status: 'finished', endedAtMs: nowMs, log: [] };
  return { session: ended, effects: [{ type: 'step-changed', fromIndex: null, toIndex: 0 }, ...finished(session, ended)] };
}

/** Whether `event` means anything in the session's status (before catching up with the clock). */
function accepts(session: Session, event: SessionEvent): boolean {
  if (session.status === 'finished' || session.status === 'abandoned') return false;
  if (event.type === 'resume') return session.status === 'paused';
  if (event.type === 'pause' || event.type === 'tick') return session.status === 'running';
  return true;
}

function apply(session: Session, event: SessionEvent, nowMs: number): TransitionResult | null {
  if (session.status === 'finished' || session.status === 'abandoned') return null;
  switch (event.type) {
    case 'tick': return tick(session, nowMs);
    case 'pause': return pause(session, nowMs);
    case 'resume': return resume(session, nowMs);
    case 'extend': return extend(session, event.seconds, nowMs);
    case 'skip': return skip(session, nowMs);
    case 'done': return done(session, nowMs);
    case 'back': return back(session, nowMs);
    case 'next-exercise': return nextExercise(session, nowMs);
    case 'previous-exercise': return previousExercise(session, nowMs);
    case 'end-set': return endSet(session, nowMs);
    case 'restart-exercise': return restartExercise(session, nowMs);
    case 'abandon': return abandon(session, nowMs);
    default: return null;
  }
}

/**
 * Applies `event` at `nowMs`. An event that means nothing in the current state (resume when not
 * paused, anything after the end, extend on an open-ended hold, an unknown event) returns the same
 * session object and no effects. `nowMs` earlier than the current step's start (or pause) is
 * taken as that moment, so time never runs backwards inside the session.
 */
export function advance(session: Session, event: SessionEvent, nowMs: number): TransitionResult {
  if (!accepts(session, event) || typeof nowMs !== 'number' || Number.isNaN(nowMs)) return { session, effects: [] };
  const safeNowMs = Math.max(nowMs, session.stepStartedAtMs, session.pausedAtMs ?? -Infinity);
  if (event.type === 'tick') return tick(session, safeNowMs);
  const caught = session.status === 'running' ? catchUp(session, safeNowMs) : { session, recorded: [], changed: false };
  const result = apply(caught.session, event, safeNowMs);
  if (result === null) return caught.changed ? tick(session, safeNowMs) : { session, effects: [] };
  const caughtEffects = caught.changed ? [...caught.recorded, ...stepChanged(session, caught.session), ...finished(session, caught.session)] : [];
  // A change of timeline cancels what was scheduled before anything else happens.
  const [first, ...rest] = result.effects;
  const cancelFirst = first?.type === 'cancel-scheduled';
  return { session: result.session, effects: cancelFirst ? [first, ...caughtEffects, ...rest] : [...caughtEffects, ...result.effects] };
}

