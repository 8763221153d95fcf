/**
 * Transitions that move between steps at the user's request: by step (skip, back), by exercise
 * (next-exercise, previous-exercise, restart), by set (end-set), done and abandon.
 */
import { EFFECT_LOOKAHEAD_MS, rescheduleFrom } from './effect-schedule';
import { exerciseStartIndex, previousExerciseStartIndex, setEndIndex, stepAfterExerciseIndex } from './plan-structure';
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

/** Leaves this exercise (skipped from here on) for the rest before the next one, or its get-ready. */
export function nextExercise(session: Session, nowMs: number): TransitionResult {
  return jump(session, stepAfterExerciseIndex(session.plan, session.stepIndex), nowMs, 'skipped', null);
}

/**
 * To the start of this exercise (its get-ready); when already there (within
 * BACK_RESTARTS_AFTER_MS of its start), to the start of the previous exercise.
 */
export function previousExercise(session: Session, nowMs: number): TransitionResult {
  const startIndex = exerciseStartIndex(session.plan, session.stepIndex);
  const atStart = session.stepIndex === startIndex && stepElapsedMs(session, nowMs) <= BACK_RESTARTS_AFTER_MS;
  return jump(session, atStart ? previousExerciseStartIndex(session.plan, session.stepIndex) : startIndex, nowMs, null, null);
}

/** On a rep step: ends the set now; the current rep and the ones after it are left skipped. null (a no-op) elsewhere. */
export function endSet(session: Session, nowMs: number): TransitionResult | null {
  const endIndex = setEndIndex(session.plan, session.stepIndex);
  return endIndex === null ? null : jump(session, endIndex, nowMs, 'skipped', null);
}

/**
 * Ends the current step as done: a timed step early ('done-early'); an open-ended hold, recording
 * how long it was held; on a rep step, the set (as endSet: a rep phase cannot be "done" alone).
 */
export function done(session: Session, nowMs: number): TransitionResult | null {
  if (currentStep(session).repCount !== null) return endSet(session, nowMs);
  if (currentStep(session).durationMs !== null) return jump(session, session.stepIndex + 1, nowMs, 'done-early', null);
  const heldMs = stepElapsedMs(session, nowMs);
  return jump(session, session.stepIndex + 1, nowMs, 'done-early', heldMs, [maxHoldRecorded(session, heldMs, false)]);
}

/** To the previous step, or to the start of this one when more than BACK_RESTARTS_AFTER_MS in (or on the first step). */
export function back(session: Session, nowMs: number): TransitionResult {
  const restartThis = stepElapsedMs(session, nowMs) > BACK_RESTARTS_AFTER_MS || session.stepIndex === 0;
  return jump(session, restartThis ? session.stepIndex : session.stepIndex - 1, nowMs, null, null);
}

/** To the get-ready of the current exercise, however long it has run. */
export function restartExercise(session: Session, nowMs: number): TransitionResult {
  return jump(session, exerciseStartIndex(session.plan, session.stepIndex), nowMs, null, null);
}

/** Ends the session now, not completed: 'finished' carries the record with completed false. */
export function abandon(session: Session, nowMs: number): TransitionResult {
  const closed = closeCurrentStep(session, nowMs, null, null);
  const ended: Session = { ...closed, status: 'abandoned', pausedAtMs: null, endedAtMs: nowMs, effectsScheduledUntilMs: nowMs };
  return { session: ended, effects: [{ type: 'cancel-scheduled' }, ...finished(session, ended)] };
}
