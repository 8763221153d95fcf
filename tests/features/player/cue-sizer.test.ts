import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { compile } from '../../../src/engine/compile';
import { exerciseWorkCues } from '../../../src/features/player/cue-sizer';
import { catalogText } from '../../../src/shared/i18n/engine-text';
import { translate } from '../../../src/shared/i18n/i18n';

const planOf = (routineId: string) => {
  const compiled = compile(catalog.routinesById.get(routineId)!, catalog);
  if (!compiled.ok) throw new Error(`${routineId} did not compile`);
  return compiled.plan;
};

describe('the cues a phone sizes the cue cell for', () => {
  it('are every cue of the exercise\'s work, each once, from the first rep phase to the last', () => {
    const plan = planOf('upper-back');
    const fly = plan.steps.filter((step) => step.kind === 'work' && step.exerciseId === 'prone-reverse-fly');
    const expected = new Set(fly.flatMap((step) => step.cues.map((cue) => catalogText(cue, translate, catalog))));
    const sizers = exerciseWorkCues(plan, 'prone-reverse-fly', translate, catalog);
    // Twelve reps of three phases, a handful of words.
    expect(fly.length).toBeGreaterThan(12);
    expect(sizers).toHaveLength(expected.size);
    expect(new Set(sizers)).toEqual(expected);
  });

  it('are none for a step without an exercise', () => {
    expect(exerciseWorkCues(planOf('upper-back'), null, translate, catalog)).toEqual([]);
  });
});
