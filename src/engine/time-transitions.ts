/** Transitions about time: tick, pause, resume, extend. */
import { MAX_STEP_SECONDS } from '../catalog/schema';
import { catchUp } from './catch-up';
import { EFFECT_LOOKAHEAD_MS, projectEffects, rescheduleFrom, STALE_EFFECT_MS } from './effect-schedule';
import { sessionRecord } from './record';
import { currentStep, stepElapsedMs } from './session-timing';
import type { Effect, Session, TransitionResult } from './types';

/** The shortest and longest extension of a step by one 'extend', seconds. */
export const EXTEND_SECONDS_RANGE = { min: 1, max: 600 } as const;

/**
 * Moves a running session to `nowMs`: completes every step that ended meanwhile, then emits the
 * effects not yet scheduled up to now + lookahead. After a long gap, beeps and speech more than
 * STALE_EFFECT_MS in the past are dropped; 'max-hold-recorded', one 'step-changed' (to the step
 * now current) and 'finished' are kept.
 */
export function tick(session: Session, nowMs: number): TransitionResult {
  const caught = catchUp(session, nowMs);
  const untilMs = Math.max(session.effectsScheduledUntilMs, nowMs + EFFECT_LOOKAHEAD_MS);
  // Projected from before the catch-up: the passed steps' last second of effects is still on time.
  const scheduled = projectEffects(session, { afterMs: session.effectsScheduledUntilMs, notBeforeMs: nowMs - STALE_EFFECT_MS, untilMs });
  if (!caught.changed && scheduled.length === 0 && untilMs === session.effectsScheduledUntilMs) return { session, effects: [] };
  const next: Session = { ...caught.session, effectsScheduledUntilMs: untilMs };
  return { session: next, effects: [...caught.recorded, ...stepChanged(session, next), ...scheduled, ...finished(session, next)] };
}

/** 'step-changed' when `after` is on another step than `before`. */
export function stepChanged(before: Session, after: Session): Effect[] {
  return before.stepIndex === after.stepIndex ? [] : [{ type: 'step-changed', fromIndex: before.stepIndex, toIndex: after.stepIndex }];
}

/** 'finished' with the record, once: when `after` has ended and `before` had not. */
export function finished(before: Session, after: Session): Effect[] {
  const ended = (session: Session) => session.status === 'finished' || session.status === 'abandoned';
  return !ended(before) && ended(after) ? [{ type: 'finished', record: sessionRecord(after) }] : [];
}

/** Freezes the step and the session; scheduled beeps and speech are cancelled, then a short tone says it paused. */
export function pause(session: Session, nowMs: number): TransitionResult {
  return {
    session: { ...session, status: 'paused', pausedAtMs: nowMs, effectsScheduledUntilMs: nowMs },
    effects: [{ type: 'cancel-scheduled' }, { type: 'beep', atMs: nowMs, tone: 'pause' }],
  };
}

/** Ends the pause (a short tone says so): its length is added to the step's and the session's paused time. */
export function resume(session: Session, nowMs: number): TransitionResult {
  const pausedMs = nowMs - (session.pausedAtMs ?? nowMs);
  const resumed: Session = {
    ...session,
    status: 'running',
    pausedAtMs: null,
    stepPausedMs: session.stepPausedMs + pausedMs,
    totalPausedMs: session.totalPausedMs + pausedMs,
    effectsScheduledUntilMs: nowMs + EFFECT_LOOKAHEAD_MS,
  };
  // A step entered while paused has not said its announcement yet: include time 0.
  const justEntered = stepElapsedMs(resumed, nowMs) === 0;
  return { session: resumed, effects: [{ type: 'cancel-scheduled' }, { type: 'beep', atMs: nowMs, tone: 'resume' }, ...rescheduleFrom(resumed, nowMs, justEntered)] };
}

/**
 * Adds `seconds` to the current timed step; null (a no-op) for an open-ended step, seconds out
 * of range, or when the step would last more than an hour.
 */
export function extend(session: Session, seconds: number, nowMs: number): TransitionResult | null {
  const valid = typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= EXTEND_SECONDS_RANGE.min && seconds <= EXTEND_SECONDS_RANGE.max;
  const step = currentStep(session);
  if (!valid || step.durationMs === null || step.kind === 'finish') return null;
  // Like compile, never let a step grow beyond an hour.
  if (step.durationMs + session.stepExtendedMs + Math.round(seconds * 1000) > MAX_STEP_SECONDS * 1000) return null;
  const extended: Session = {
    ...session,
    stepExtendedMs: session.stepExtendedMs + Math.round(seconds * 1000),
    effectsScheduledUntilMs: session.status === 'running' ? nowMs + EFFECT_LOOKAHEAD_MS : nowMs,
  };
  return { session: extended, effects: [{ type: 'cancel-scheduled' }, ...rescheduleFrom(extended, nowMs, false)] };
}
