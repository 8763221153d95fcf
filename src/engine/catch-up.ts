/** Moving a running session along the clock: every step whose end has passed is completed at its deadline. */
import { maxHoldRecorded, moveToStep } from './step-entry';
import { currentStep, stepDeadlineAtMs } from './session-timing';
import type { Effect, Session } from './types';

export interface CatchUp {
  readonly session: Session;
  /** 'max-hold-recorded' for each hold that reached its cap, in order. */
  readonly recorded: readonly Effect[];
  readonly changed: boolean;
}

/**
 * Completes, in order, every step that ended by `nowMs`; each next step starts at the exact
 * deadline of the one before (no drift, whatever the gap). Stops at an open-ended step that has
 * no cap, at a pause, and at the finish.
 */
export function catchUp(session: Session, nowMs: number): CatchUp {
  let current = session;
  const recorded: Effect[] = [];
  for (let deadline = stepDeadlineAtMs(current); current.status === 'running' && deadline !== null && deadline <= nowMs; deadline = stepDeadlineAtMs(current)) {
    const openEnded = currentStep(current).durationMs === null;
    const heldMs = openEnded ? deadline - current.stepStartedAtMs - current.stepPausedMs : null;
    if (heldMs !== null) recorded.push(maxHoldRecorded(current, heldMs, true)); // the cap ended it, not a Done
    current = moveToStep(current, current.stepIndex + 1, deadline, 'completed', heldMs);
  }
  return { session: current, recorded, changed: current !== session };
}
