/** What a session amounts to, for the history: built from the step log. */
import type { Session, SessionRecord, StepRecord } from './types';

const isDone = (record: StepRecord): boolean => record.outcome === 'completed' || record.outcome === 'done-early';

/**
 * Exercises (ids, in routine order, each once): done when any of its work steps was completed or
 * done early; skipped when none was but the session went past it. Exercises not reached are neither.
 */
function exerciseOutcomes(session: Session): { done: string[]; skipped: string[] } {
  const steps = session.plan.steps;
  const doneItems = new Set<number>();
  for (const record of session.log) {
    const step = steps[record.stepIndex];
    if (step?.kind === 'work' && step.itemIndex !== null && isDone(record)) doneItems.add(step.itemIndex);
  }
  const furthestStepIndex = session.status === 'finished' ? steps.length : Math.max(-1, ...session.log.map((record) => record.stepIndex));
  const done: string[] = [];
  const skipped: string[] = [];
  for (const item of session.plan.outline) {
    const next = session.plan.outline[item.itemIndex + 1];
    const lastStepIndex = (next ? next.firstStepIndex : steps.length - 1) - 1;
    if (doneItems.has(item.itemIndex)) {
      if (!done.includes(item.exerciseId)) done.push(item.exerciseId);
    } else if (furthestStepIndex > lastStepIndex && !skipped.includes(item.exerciseId)) {
      skipped.push(item.exerciseId);
    }
  }
  return { done, skipped: skipped.filter((id) => !done.includes(id)) };
}

/**
 * The session's record: start and end (wall ms), active time (pauses excluded) and paused time,
 * steps done (completed or done early; the finish step is not counted), skipped and extended, each
 * open-ended hold's time, and the exercises done and skipped. Meant for an ended session; for a
 * running one, the end is the start of the current step.
 */
export function sessionRecord(session: Session): SessionRecord {
  const endedAtMs = session.endedAtMs ?? session.stepStartedAtMs;
  const pausedMs = session.endedAtMs === null ? session.totalPausedMs - session.stepPausedMs : session.totalPausedMs;
  const { done, skipped } = exerciseOutcomes(session);
  const maxHolds = session.log.flatMap((record) => {
    const step = session.plan.steps[record.stepIndex];
    return record.heldMs !== null && step ? [{ exerciseId: step.exerciseId ?? '', side: step.side, heldMs: record.heldMs }] : [];
  });
  return {
    routineId: session.plan.routineId,
    routineName: session.plan.routineName,
    startedAtMs: session.startedAtMs,
    endedAtMs,
    activeMs: Math.max(0, endedAtMs - session.startedAtMs - pausedMs),
    pausedMs,
    completed: session.status === 'finished',
    stepsDone: session.log.filter(isDone).length,
    stepsSkipped: session.log.filter((record) => record.outcome === 'skipped').length,
    stepsExtended: session.log.filter((record) => record.extendedMs > 0).length,
    exercisesDone: done,
    exercisesSkipped: skipped,
    maxHolds,
  };
}
