import type { PlanStep, StepKind } from '../../engine/types';
import { phaseName, stepExerciseName, stepSideLabel, type ExerciseLookup } from '../../shared/i18n/engine-text';
import type { MessageKey, Translate } from '../../shared/i18n/i18n';

const KIND_KEYS: Readonly<Record<StepKind, MessageKey>> = {
  'get-ready': 'player.kind.get-ready',
  work: 'player.kind.work',
  'switch-sides': 'player.kind.switch-sides',
  'rest-between-sets': 'player.kind.rest-between-sets',
  'rest-between-exercises': 'player.kind.rest-between-exercises',
  finish: 'player.kind.finish',
};

/** What kind of moment this is, in a word or two, shown above the exercise name. */
export const stepKindLabel = (kind: StepKind, t: Translate): string => t(KIND_KEYS[kind]);

/** "Rep 4 of 6 · Hold", "Set 2 of 2 · Rep 1 of 10 · Raise"; null when the step has neither. */
export function repCounterText(step: PlanStep, t: Translate, catalog: ExerciseLookup): string | null {
  const parts: string[] = [];
  if (step.setCount !== null && step.setCount > 1 && step.set !== null) parts.push(t('player.counter.set', { set: step.set, setCount: step.setCount }));
  if (step.rep !== null && step.repCount !== null) parts.push(t('player.counter.rep', { rep: step.rep, repCount: step.repCount }));
  const phase = phaseName(step, t, catalog);
  if (phase) parts.push(phase);
  return parts.length ? parts.join(' · ') : null;
}

/** "Up next: Quadruped leg raise, Left leg". */
export function nextStepText(next: PlanStep | null, t: Translate, catalog: ExerciseLookup): string {
  if (!next) return t('player.next.end');
  if (next.kind === 'finish') return t('player.next.finish');
  if (next.kind === 'rest-between-exercises' || next.kind === 'rest-between-sets') return t('player.next.rest');
  if (next.kind === 'switch-sides') return t('player.next.switch', { side: stepSideLabel(next, t, catalog) ?? t('player.next.otherSide') });
  const name = stepExerciseName(next, catalog);
  const what = next.kind === 'work' ? (phaseName(next, t, catalog) ?? name) : name;
  return t('player.next.step', { what: [what, next.kind === 'get-ready' ? stepSideLabel(next, t, catalog) : null].filter(Boolean).join(', ') });
}

export const isRestStep = (step: PlanStep): boolean => step.kind === 'rest-between-exercises' || step.kind === 'rest-between-sets';

/** Done ends an open-ended hold, and a rep step early; timed holds run their time. */
export const canMarkDone = (step: PlanStep): boolean => step.kind === 'work' && (step.durationMs === null || step.rep !== null);
