import type { PlanStep, StepKind } from '../../engine/types';

/** What kind of moment this is, in a word or two, shown above the exercise name. */
export const STEP_KIND_LABELS: Readonly<Record<StepKind, string>> = {
  'get-ready': 'Get ready',
  work: 'Work',
  'switch-sides': 'Switch sides',
  'rest-between-sets': 'Rest between sets',
  'rest-between-exercises': 'Rest',
  finish: 'Finished',
};

/** "Rep 4 of 6 · Hold", "Set 2 of 2 · Rep 1 of 10 · Raise"; null when the step has neither. */
export function repCounterText(step: PlanStep): string | null {
  const parts: string[] = [];
  if (step.setCount !== null && step.setCount > 1 && step.set !== null) parts.push(`Set ${step.set} of ${step.setCount}`);
  if (step.rep !== null && step.repCount !== null) parts.push(`Rep ${step.rep} of ${step.repCount}`);
  if (step.phase) parts.push(step.phase);
  return parts.length ? parts.join(' · ') : null;
}

/** "Up next: Quadruped leg raise, Left leg". */
export function nextStepText(next: PlanStep | null): string {
  if (!next) return 'Up next: the end';
  if (next.kind === 'finish') return 'Up next: the finish';
  if (next.kind === 'rest-between-exercises' || next.kind === 'rest-between-sets') return 'Up next: a rest';
  if (next.kind === 'switch-sides') return `Up next: switch to ${next.sideLabel ?? 'the other side'}`;
  const what = next.kind === 'work' ? (next.phase ?? next.exerciseName) : next.exerciseName;
  return `Up next: ${[what, next.kind === 'get-ready' ? next.sideLabel : null].filter(Boolean).join(', ')}`;
}

export const isRestStep = (step: PlanStep): boolean => step.kind === 'rest-between-exercises' || step.kind === 'rest-between-sets';

/** Done ends an open-ended hold, and a rep step early; timed holds run their time. */
export const canMarkDone = (step: PlanStep): boolean => step.kind === 'work' && (step.durationMs === null || step.rep !== null);
