/**
 * Where the current step stands in time. Everything is derived from the step's start, its
 * duration, its extensions and its paused time: nothing is counted per tick, so a late or
 * missing tick never shifts the timeline.
 */
import type { PlanStep, Session } from './types';

/** The step the session is on. stepIndex is always valid (start and restore guarantee it). */
export function currentStep(session: Session): PlanStep {
  const step = session.plan.steps[session.stepIndex];
  if (!step) throw new Error(`session is on step ${session.stepIndex}, which the plan does not have`);
  return step;
}

/**
 * How long a step lasts before it ends by itself, ms: its duration plus extensions, or for an
 * open-ended hold its cap. null: it never ends by itself (an open-ended step without a cap).
 */
export function stepLengthMs(step: PlanStep, extendedMs: number): number | null {
  if (step.durationMs !== null) return step.durationMs + extendedMs;
  return step.capMs;
}

/** Wall time at which the current step's active time 0 lies (its start shifted by the pauses so far). */
export const activeOriginAtMs = (session: Session): number => session.stepStartedAtMs + session.stepPausedMs;

/** Active (unpaused) time in the current step at nowMs, ms, >= 0; frozen while paused or after the end. */
export function stepElapsedMs(session: Session, nowMs: number): number {
  const frozenAt = session.pausedAtMs ?? session.endedAtMs ?? nowMs;
  return Math.max(0, frozenAt - activeOriginAtMs(session));
}

/** The wall time the current step ends if nothing happens, or null when it has no end of its own. */
export function stepDeadlineAtMs(session: Session): number | null {
  const length = stepLengthMs(currentStep(session), session.stepExtendedMs);
  return length === null ? null : activeOriginAtMs(session) + length;
}

/** Paused time of the session up to nowMs, the pause in progress included, ms. */
export function pausedSoFarMs(session: Session, nowMs: number): number {
  return session.totalPausedMs + (session.pausedAtMs === null ? 0 : Math.max(0, nowMs - session.pausedAtMs));
}

/**
 * Times the current cue changes in a step, as active offsets (ms): cues advance evenly over the
 * step's planned duration (an open-ended hold: over its target). Index i starts at offsets[i - 1].
 */
export function cueChangeOffsetsMs(step: PlanStep): number[] {
  const baseMs = step.durationMs ?? step.targetMs ?? step.capMs ?? 0;
  const count = step.cues.length;
  if (count < 2 || baseMs <= 0) return [];
  return Array.from({ length: count - 1 }, (_, index) => Math.ceil(((index + 1) * baseMs) / count));
}

/** The cue index shown at `elapsedMs` into the step. */
export function cueIndexAt(step: PlanStep, elapsedMs: number): number {
  return cueChangeOffsetsMs(step).filter((offset) => offset <= elapsedMs).length;
}

/** The planned length of a step: open-ended holds count at their target. */
export const plannedDurationMs = (step: Pick<PlanStep, 'durationMs' | 'targetMs'>): number => step.durationMs ?? step.targetMs ?? 0;
