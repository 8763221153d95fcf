// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep, StepKind } from '../../src/engine/types';
import { planOf, SimulatedSession } from './simulated-clock';

const first = (plan: Plan, kind: StepKind, where: (step: PlanStep) => boolean = () => true) => plan.steps.find((step) => step.kind === kind && where(step))!;

/** The engine speaks no language: every step holds ids, numbers and roles, and phrases that are keys or catalog references. */
describe('the descriptors of every kind of step', () => {
  const plan = planOf([{ exerciseId: 'quadruped-leg-raise', overrides: { sets: 2 } }, 'prone-reverse-fly', 'diagonal-raise', 'chest-raise'], { restSeconds: 15 });

  it('get-ready: the exercise by id, the side it starts with, and every setup cue', () => {
    expect(first(plan, 'get-ready')).toMatchObject({
      exerciseId: 'quadruped-leg-raise', side: 'right', role: null, partIndex: null,
      cues: [{ ref: 'setup-cue', exerciseId: 'quadruped-leg-raise', index: 0 }, { ref: 'setup-cue', exerciseId: 'quadruped-leg-raise', index: 1 }],
      announcement: [
        { ref: 'exercise-name', exerciseId: 'quadruped-leg-raise' },
        { key: 'engine.startWith', values: { exerciseId: 'quadruped-leg-raise', side: 'right' } },
        { ref: 'setup-cue', exerciseId: 'quadruped-leg-raise', index: 0 },
        { ref: 'setup-cue', exerciseId: 'quadruped-leg-raise', index: 1 },
      ],
    });
  });

  it('timed work: the part by role and index, its cues by reference', () => {
    expect(first(plan, 'work', (step) => step.partIndex === 1)).toMatchObject({
      role: 'straight-leg', partIndex: 1, side: 'right', set: 1, setCount: 2,
      cues: [{ ref: 'part-cue', exerciseId: 'quadruped-leg-raise', part: 1, index: 0 }, { ref: 'part-cue', exerciseId: 'quadruped-leg-raise', part: 1, index: 1 }],
      announcement: [{ ref: 'part-name', exerciseId: 'quadruped-leg-raise', part: 1 }, { ref: 'part-cue', exerciseId: 'quadruped-leg-raise', part: 1, index: 0 }],
    });
  });

  it('switch-sides: the exercise\'s own switch cue alone (not also the generic message)', () => {
    expect(first(plan, 'switch-sides')).toMatchObject({
      side: 'left',
      cues: [{ ref: 'switch-cue', exerciseId: 'quadruped-leg-raise' }],
      announcement: [{ ref: 'switch-cue', exerciseId: 'quadruped-leg-raise' }],
    });
  });

  it('rest between sets: rest, then the next set by number', () => {
    expect(first(plan, 'rest-between-sets')).toMatchObject({ set: 2, setCount: 2, cues: [], announcement: [{ key: 'engine.rest' }, { key: 'engine.nextSet', values: { set: 2, setCount: 2 } }] });
  });

  it('rest between exercises: rest, then the next exercise by id, with its setup cues', () => {
    expect(first(plan, 'rest-between-exercises')).toMatchObject({
      exerciseId: 'quadruped-leg-raise',
      cues: [{ ref: 'setup-cue', exerciseId: 'prone-reverse-fly', index: 0 }],
      announcement: [{ key: 'engine.rest' }, { key: 'engine.nextExercise', values: { exerciseId: 'prone-reverse-fly' } }],
    });
  });

  it('a rep phase: the rep numbers on the first phase, the phase cue on each', () => {
    const fly = plan.steps.filter((step) => step.exerciseId === 'prone-reverse-fly' && step.kind === 'work');
    expect(fly[3]).toMatchObject({
      rep: 2, repCount: 6, role: 'raise', partIndex: 0,
      announcement: [{ key: 'engine.rep', values: { rep: 2, repCount: 6 } }, { ref: 'phase-cue', exerciseId: 'prone-reverse-fly', part: 0 }],
    });
    expect(fly[4]).toMatchObject({ role: 'hold', partIndex: 1, cues: [{ ref: 'phase-cue', exerciseId: 'prone-reverse-fly', part: 1 }], announcement: [{ ref: 'phase-cue', exerciseId: 'prone-reverse-fly', part: 1 }] });
  });

  it('an alternating rep: the side is said after the rep count', () => {
    const left = first(plan, 'work', (step) => step.exerciseId === 'diagonal-raise' && step.side === 'left' && step.partIndex === 0);
    expect(left.announcement).toEqual([
      { key: 'engine.rep', values: { rep: 1, repCount: 10 } },
      { ref: 'side-label', exerciseId: 'diagonal-raise', side: 'left' },
      { ref: 'phase-cue', exerciseId: 'diagonal-raise', part: 0 },
    ]);
  });

  it('an open-ended hold: role hold, the hold message, the hold cues', () => {
    expect(first(plan, 'work', (step) => step.durationMs === null)).toMatchObject({
      role: 'hold', partIndex: null, targetMs: 10000,
      announcement: [{ key: 'engine.holdMax' }, { ref: 'hold-cue', exerciseId: 'chest-raise', index: 0 }],
    });
  });

  it('finish: one message', () => {
    expect(plan.steps[plan.steps.length - 1]).toMatchObject({ kind: 'finish', exerciseId: null, cues: [], announcement: [{ key: 'engine.finish' }] });
  });

  it('speech effects carry phrases: halfway, later cues and the target reached', () => {
    const long = new SimulatedSession(planOf([{ exerciseId: 'quadruped-leg-raise', overrides: { seconds: 40, sides: 'right' } }, 'chest-raise'])).advanceBy(130_000);
    const spoken = long.ofType('speak').map((effect) => effect.phrases);
    expect(spoken).toContainEqual([{ key: 'engine.halfway' }, { ref: 'part-cue', exerciseId: 'quadruped-leg-raise', part: 0, index: 1 }]);
    expect(spoken).toContainEqual([{ key: 'engine.targetReached' }]);
  });

  it('holds no sentence anywhere: every string in the plan is an id, a key or a role', () => {
    const strings: string[] = [];
    JSON.stringify(plan, (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    expect(strings.filter((text) => text !== plan.routineName && /\s/.test(text))).toEqual([]);
  });
});
