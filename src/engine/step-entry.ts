/** Leaving the current step and entering another: the one place the step log is written. */
import type { Effect, Session, StepOutcome, StepRecord } from './types';
import { currentStep } from './session-timing';

/** A fresh log entry for a step entered at `nowMs`. */
export const enteredRecord = (stepIndex: number, nowMs: number): StepRecord => ({
  stepIndex,
  enteredAtMs: nowMs,
  leftAtMs: null,
  outcome: null,
  activeMs: 0,
  extendedMs: 0,
  heldMs: null,
});

/**
 * Closes the current step at `nowMs` (a pause in progress ends there too) and returns the
 * session with its log and pause totals updated, still on the same step.
 * `outcome` null: left without an outcome (back, restart, abandon).
 */
export function closeCurrentStep(session: Session, nowMs: number, outcome: StepOutcome | null, heldMs: number | null): Session {
  const pauseInProgressMs = session.pausedAtMs === null ? 0 : nowMs - session.pausedAtMs;
  const stepPausedMs = session.stepPausedMs + pauseInProgressMs;
  const last = session.log[session.log.length - 1];
  const closed: StepRecord | null = last && last.leftAtMs === null
    ? { ...last, leftAtMs: nowMs, outcome, activeMs: nowMs - session.stepStartedAtMs - stepPausedMs, extendedMs: session.stepExtendedMs, heldMs }
    : null;
  return {
    ...session,
    stepPausedMs,
    totalPausedMs: session.totalPausedMs + pauseInProgressMs,
    pausedAtMs: session.pausedAtMs === null ? null : nowMs,
    log: closed ? [...session.log.slice(0, -1), closed] : session.log,
  };
}

/**
 * Leaves the current step with `outcome` and enters `targetIndex` at `nowMs`. A paused session
 * stays paused on the new step. Entering the finish step ends the session ('finished').
 */
export function moveToStep(session: Session, targetIndex: number, nowMs: number, outcome: StepOutcome | null, heldMs: number | null): Session {
  const closed = closeCurrentStep(session, nowMs, outcome, heldMs);
  const target = session.plan.steps[targetIndex];
  const entered: Session = { ...closed, stepIndex: targetIndex, stepStartedAtMs: nowMs, stepPausedMs: 0, stepExtendedMs: 0 };
  if (!target || target.kind === 'finish') {
    return { ...entered, stepIndex: target ? targetIndex : session.plan.steps.length - 1, status: 'finished', pausedAtMs: null, endedAtMs: nowMs };
  }
  return { ...entered, log: [...closed.log, enteredRecord(targetIndex, nowMs)] };
}

/** The effect that reports a finished open-ended hold, for the current step of `session`; `capReached`: ended by its cap, not by Done. */
export function maxHoldRecorded(session: Session, heldMs: number, capReached: boolean): Effect {
  const step = currentStep(session);
  return { type: 'max-hold-recorded', exerciseId: step.exerciseId ?? '', side: step.side, heldMs, capReached };
}
