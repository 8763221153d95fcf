// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveCompileOptions, DEFAULT_COMPILE_OPTIONS } from '../../src/engine/compile-options';
import { prescriptionText } from '../../src/shared/i18n/engine-text';
import { translate } from '../../src/shared/i18n/i18n';
import { fixtureCatalog } from './fixtures';
import { planOf, say, words } from './simulated-clock';

describe('compile', () => {
  it('puts a get-ready before each exercise, a rest naming the next one between them, and one finish at the end', () => {
    const plan = planOf(['prone-reverse-fly', { exerciseId: 'chest-raise', restAfterSeconds: 45 }, 'quadruped-leg-raise'], { restSeconds: 15 });
    const kinds = plan.steps.filter((step) => step.kind !== 'work' && step.kind !== 'switch-sides').map((step) => [step.kind, step.durationMs, say(step.announcement)]);
    expect(kinds).toEqual([
      ['get-ready', 10000, 'Prone reverse fly. Lie on your stomach.'],
      ['rest-between-exercises', 15000, 'Rest. Next: Prone chest raise.'],
      ['get-ready', 10000, 'Prone chest raise. Lie face down, arms out to the sides.'],
      ['rest-between-exercises', 45000, 'Rest. Next: Quadruped leg raise.'],
      ['get-ready', 10000, 'Quadruped leg raise. Start with the right leg. Kneel on all fours. Back straight.'],
      ['finish', 0, 'Workout complete. Well done.'],
    ]);
    expect(plan.steps.map((step) => step.index)).toEqual(plan.steps.map((_, index) => index));
  });

  it('gives the total and a per-exercise outline with durations that add up', () => {
    const plan = planOf(['prone-reverse-fly', 'chest-raise']);
    expect(plan.outline.map((item) => [item.exerciseId, prescriptionText(item.prescription, translate, 'en', fixtureCatalog), item.durationMs, item.firstStepIndex])).toEqual([
      ['prone-reverse-fly', '6 × raise, hold 3 s, lower', 10000 + 30000 + 20000, 0],
      ['chest-raise', 'hold as long as you can', 10000 + 10000, 20],
    ]);
    expect(plan.totalDurationMs).toBe(80000);
  });

  it('adds rests between sets and applies the overrides of a routine item', () => {
    const plan = planOf([{ exerciseId: 'prone-reverse-fly', overrides: { sets: 2, reps: 3, holdSeconds: 5, restBetweenSetsSeconds: 40 } }]);
    const rest = plan.steps.find((step) => step.kind === 'rest-between-sets');
    expect([rest?.durationMs, say(rest?.announcement), rest?.set]).toEqual([40000, 'Rest. Next: set 2 of 2.', 2]);
    const holds = plan.steps.filter((step) => step.role === 'hold');
    expect(holds.map((step) => step.durationMs)).toEqual([5000, 5000, 5000, 5000, 5000, 5000]);
    expect(holds.map((step) => `${step.set}/${step.rep}`)).toEqual(['1/1', '1/2', '1/3', '2/1', '2/2', '2/3']);
  });

  it('sets every timed part to the overridden seconds and works only the chosen side', () => {
    const plan = planOf([{ exerciseId: 'quadruped-leg-raise', overrides: { seconds: 40, sides: 'left' } }]);
    expect(plan.steps.map((step) => [step.kind, step.side, step.durationMs])).toEqual([
      ['get-ready', 'left', 10000], ['work', 'left', 40000], ['work', 'left', 40000], ['finish', null, 0],
    ]);
  });

  it('uses holdSeconds as the target of an open-ended hold', () => {
    const hold = planOf([{ exerciseId: 'chest-raise', overrides: { holdSeconds: 25 } }]).steps[1];
    expect([hold?.targetMs, hold?.capMs]).toEqual([25000, 60000]);
  });

  it('leaves the setup cue out of the spoken get-ready when setup cues are not read', () => {
    const getReady = planOf(['prone-reverse-fly'], { readSetupCues: false, getReadySeconds: 5 }).steps[0];
    expect([say(getReady?.announcement), getReady?.durationMs, words(getReady).cues]).toEqual(['Prone reverse fly.', 5000, ['Lie on your stomach.']]);
  });

  it('clamps options into sane ranges and falls back to the defaults for nonsense', () => {
    expect(resolveCompileOptions({ getReadySeconds: 0, restSeconds: 99999, paceFactor: 9, readSetupCues: 'yes' as unknown as boolean })).toEqual({
      getReadySeconds: 3, restSeconds: 600, paceFactor: 2, readSetupCues: true,
    });
    expect(resolveCompileOptions({ paceFactor: Number.NaN })).toEqual(DEFAULT_COMPILE_OPTIONS);
  });

  it('leaves out a rest of 0 s', () => {
    const plan = planOf(['chest-raise', 'chest-raise'], { restSeconds: 0 });
    expect(plan.steps.some((step) => step.kind === 'rest-between-exercises')).toBe(false);
  });
});
