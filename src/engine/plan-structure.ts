/**
 * Where exercises and sets begin and end in a plan's steps, for the controls that move by
 * exercise or by set. A rest between exercises belongs to the exercise before it (its itemIndex),
 * so "the next exercise" from inside one is that rest, and from the rest it is the get-ready.
 */
import type { Plan, PlanStep } from './types';

const itemStartIndex = (plan: Plan, itemIndex: number): number => plan.outline[itemIndex]?.firstStepIndex ?? 0;

/** The first step of the exercise `stepIndex` belongs to (the finish step: the last exercise's). */
export function exerciseStartIndex(plan: Plan, stepIndex: number): number {
  const itemIndex = plan.steps[stepIndex]?.itemIndex ?? plan.outline.length - 1;
  return itemStartIndex(plan, itemIndex);
}

/** The first step of the exercise before the one `stepIndex` belongs to (the first exercise has none: its own). */
export function previousExerciseStartIndex(plan: Plan, stepIndex: number): number {
  const itemIndex = plan.steps[stepIndex]?.itemIndex ?? plan.outline.length;
  return itemStartIndex(plan, Math.max(0, itemIndex - 1));
}

/** The step after this exercise's own steps: the rest before the next exercise, the next get-ready, or the finish. */
export function stepAfterExerciseIndex(plan: Plan, stepIndex: number): number {
  const step = plan.steps[stepIndex];
  if (!step || step.itemIndex === null || step.kind === 'rest-between-exercises') return stepIndex + 1;
  let index = stepIndex + 1;
  while (isOwnStepOf(plan.steps[index], step.itemIndex)) index += 1;
  return index;
}

const isOwnStepOf = (step: PlanStep | undefined, itemIndex: number): boolean =>
  step !== undefined && step.itemIndex === itemIndex && step.kind !== 'rest-between-exercises';

/**
 * On a rep step: the step after its set's reps on this side (alternating sides share a set's
 * reps), i.e. the switch of sides, the rest between sets, the rest or get-ready of what follows.
 * null when `stepIndex` is not a rep step.
 */
export function setEndIndex(plan: Plan, stepIndex: number): number | null {
  const step = plan.steps[stepIndex];
  if (!step || step.kind !== 'work' || step.repCount === null) return null;
  const alternating = plan.outline[step.itemIndex ?? -1]?.prescription.values.sides === 'alternating';
  let index = stepIndex + 1;
  while (isRepOfSameSet(plan.steps[index], step, alternating)) index += 1;
  return index;
}

const isRepOfSameSet = (candidate: PlanStep | undefined, step: PlanStep, alternating: boolean): boolean =>
  candidate !== undefined && candidate.kind === 'work' && candidate.repCount !== null && candidate.itemIndex === step.itemIndex
  && candidate.set === step.set && (alternating || candidate.side === step.side);
