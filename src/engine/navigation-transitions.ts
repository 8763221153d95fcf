/** Transitions that move between steps at the user's request: skip, done, back, restart, abandon. */
import { EFFECT_LOOKAHEAD_MS, rescheduleFrom } from './effect-schedule';
import { closeCurrentStep, maxHoldRecorded, moveToStep } from './step-entry';
import { currentStep, stepElapsedMs } from './session-timing';
import { finished, stepChanged } from './time-transitions';
import type { Effect, Session, StepOutcome, TransitionResult } from './types';

/** 'back' within this much of a step's start goes to the previous step; later, to this step's start. */
export const BACK_RESTARTS_AFTER_MS = 3000;

function jump(session: Session, targetIndex: number, nowMs: number, outcome: StepOutcome | null, heldMs: number | null, extra: Effect[] = []): TransitionResult {
  const moved = moveToStep(session, targetIndex, nowMs, outcome, heldMs);
  const running = moved.status === 'running';
  const next: Session = { ...moved, effectsScheduledUntilMs: running ? nowMs + EFFECT_LOOKAHEAD_MS : nowMs };
  const changed: Effect[] = session.stepIndex === next.stepIndex ? [{ type: 'step-changed', fromIndex: session.stepIndex, toIndex: next.stepIndex }] : stepChanged(session, next);
  return { session: next, effects: [{ type: 'cancel-scheduled' }, ...extra, ...changed, ...rescheduleFrom(next, nowMs, true), ...finished(session, next)] };
}

/** Leaves the current step unfinished (outcome 'skipped') for the next one. */
export function skip(session: Session, nowMs: number): TransitionResult {
  return jump(session, session.stepIndex + 1, nowMs, 'skipped', null);
}

/** Completes the current step now ('done-early'); an open-ended hold records how long it was held. */
export function done(session: Session, nowMs: number): TransitionResult {
  if (currentStep(session).durationMs !== null) return jump(session, session.stepIndex + 1, nowMs, 'done-early', null);
  const heldMs = stepElapsedMs(session, nowMs);
  return jump(session, session.stepIndex + 1, nowMs, 'done-early', heldMs, [maxHoldRecorded(session, heldMs, false)]);
}

/** To the previous step, or to the start of this one when more than BACK_RESTARTS_AFTER_MS in (or on the first step). */
export function back(session: Session, nowMs: number): TransitionResult {
  const restartThis = stepElapsedMs(session, nowMs) > BACK_RESTARTS_AFTER_MS || session.stepIndex === 0;
  return jump(session, restartThis ? session.stepIndex : session.stepIndex - 1, nowMs, null, null);
}

/** To the get-ready of the current exercise; null (a no-op) when the step belongs to no exercise. */
export function restartExercise(session: Session, nowMs: number): TransitionResult | null {
  const itemIndex = currentStep(session).itemIndex;
  const firstStepIndex = session.plan.outline.find((item) => item.itemIndex === itemIndex)?.firstStepIndex;
  if (itemIndex === null || firstStepIndex === undefined) return null;
  return jump(session, firstStepIndex, nowMs, null, null);
}

/** Ends the session now, not completed: 'finished' carries the record with completed false. */
export function abandon(session: Session, nowMs: number): TransitionResult {
  const closed = closeCurrentStep(session, nowMs, null, null);
  const ended: Session = { ...closed, status: 'abandoned', pausedAtMs: null, endedAtMs: nowMs, effectsScheduledUntilMs: nowMs };
  return { session: ended, effects: [{ type: 'cancel-scheduled' }, ...finished(session, ended)] };
}
