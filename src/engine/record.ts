/** What a session amounts to, for the history: built from the step log. */
import type { ExerciseOutcome, ExerciseOutcomeRecord, MaxHoldRecord, PlanStep, Session, SessionRecord, StepRecord } from './types';

/**
 * How a workout ended, by the rule of README "Summary counts": every exercise done; its end
 * reached with something skipped or ended early (Next exercise to the end, say); or ended before
 * its end. A workout stored before exercises' outcomes were recorded reads as all done when completed.
 */
export type WorkoutEnding = 'all-done' | 'end-reached' | 'ended';

export function workoutEnding(record: Pick<SessionRecord, 'completed' | 'exercises'>): WorkoutEnding {
  if (!record.completed) return 'ended';
  return record.exercises.every((exercise) => exercise.outcome === 'done') ? 'all-done' : 'end-reached';
}

const isDone = (record: StepRecord): boolean => record.outcome === 'completed' || record.outcome === 'done-early';

/** How one work step went, over every time it was entered (Back can enter a step again). */
type WorkStepState = 'done' | 'worked' | 'skipped' | 'untouched';

function workStepState(records: readonly StepRecord[]): WorkStepState {
  if (records.some(isDone)) return 'done';
  // Left without an outcome after time in it: the workout ended there (or Back left it) mid-work.
  if (records.some((record) => record.outcome === null && record.activeMs > 0)) return 'worked';
  if (records.some((record) => record.outcome === 'skipped')) return 'skipped';
  return 'untouched';
}

/** Repetitions of a rep exercise's work steps: each (set, side, rep) is one, done when all its phases are. */
function repCounts(workSteps: readonly PlanStep[], states: ReadonlyMap<number, WorkStepState>): { repsDone: number; repCount: number } | null {
  if (workSteps.length === 0 || workSteps.some((step) => step.rep === null)) return null;
  const repDone = new Map<string, boolean>();
  for (const step of workSteps) {
    const key = `${step.set}|${step.side}|${step.rep}`;
    repDone.set(key, (repDone.get(key) ?? true) && states.get(step.index) === 'done');
  }
  return { repsDone: [...repDone.values()].filter(Boolean).length, repCount: repDone.size };
}

/**
 * Each routine item's outcome, by the one rule of README "Summary counts": done when every work
 * step was completed or ended by Done; ended early when some work was done (a step completed, or
 * time worked in the step the workout ended in); skipped when none was but the item was reached
 * (a work step of it skipped, or the session went past it); not reached when its work never began.
 */
function exerciseOutcomes(session: Session): ExerciseOutcomeRecord[] {
  const steps = session.plan.steps;
  const recordsByStep = new Map<number, StepRecord[]>();
  for (const record of session.log) recordsByStep.set(record.stepIndex, [...(recordsByStep.get(record.stepIndex) ?? []), record]);
  const furthestStepIndex = session.status === 'finished' ? steps.length : Math.max(-1, ...session.log.map((record) => record.stepIndex));
  return session.plan.outline.map((item) => {
    const next = session.plan.outline[item.itemIndex + 1];
    const lastStepIndex = (next ? next.firstStepIndex : steps.length - 1) - 1;
    const workSteps = steps.filter((step) => step.kind === 'work' && step.itemIndex === item.itemIndex);
    const states = new Map(workSteps.map((step) => [step.index, workStepState(recordsByStep.get(step.index) ?? [])]));
    const counted = [...states.values()];
    const doneCount = counted.filter((state) => state === 'done').length;
    let outcome: ExerciseOutcome;
    if (doneCount === workSteps.length) outcome = 'done';
    else if (doneCount > 0 || counted.includes('worked')) outcome = 'ended-early';
    else if (counted.includes('skipped') || furthestStepIndex > lastStepIndex) outcome = 'skipped';
    else outcome = 'not-reached';
    const reps = repCounts(workSteps, states);
    return { itemIndex: item.itemIndex, exerciseId: item.exerciseId, outcome, ...(reps ?? {}) };
  });
}

/** Exercise ids with `outcome` somewhere in the session, each once, in routine order. */
const idsWith = (exercises: readonly ExerciseOutcomeRecord[], outcome: ExerciseOutcome): string[] => [
  ...new Set(exercises.filter((exercise) => exercise.outcome === outcome).map((exercise) => exercise.exerciseId)),
];

/**
 * The session's record: start and end (wall ms), active time (pauses excluded) and paused time,
 * steps done (completed or done early; the finish step is not counted), skipped and extended, each
 * open-ended hold's time (and whether its cap ended it), and each exercise's outcome. Meant for an
 * ended session; for a running one, the end is the start of the current step.
 */
export function sessionRecord(session: Session): SessionRecord {
  const endedAtMs = session.endedAtMs ?? session.stepStartedAtMs;
  const pausedMs = session.endedAtMs === null ? session.totalPausedMs - session.stepPausedMs : session.totalPausedMs;
  const exercises = exerciseOutcomes(session);
  const done = idsWith(exercises, 'done');
  const maxHolds = session.log.flatMap((record): MaxHoldRecord[] => {
    const step = session.plan.steps[record.stepIndex];
    // Done ends a hold 'done-early'; only the cap completes an open-ended step.
    return record.heldMs !== null && step ? [{ exerciseId: step.exerciseId ?? '', side: step.side, heldMs: record.heldMs, capReached: record.outcome === 'completed' }] : [];
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
    exercisesSkipped: idsWith(exercises, 'skipped').filter((id) => !done.includes(id)),
    maxHolds,
    exercises,
  };
}
