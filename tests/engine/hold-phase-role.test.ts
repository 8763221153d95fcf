import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/catalog/schema';
import { describePrescription } from '../../src/engine/describe-prescription';
import { effectiveExercise } from '../../src/engine/effective-prescription';
import { prescriptionText } from '../../src/shared/i18n/engine-text';
import { activateLanguage, translate } from '../../src/shared/i18n/i18n';
import { proneReverseFly } from './fixtures';

/** The fixture's reverse fly with German phase names: the hold phase is "Halten", not "Hold". */
const inGerman: Exercise = {
  ...proneReverseFly,
  prescription: {
    ...proneReverseFly.prescription,
    ...(proneReverseFly.prescription.kind === 'reps'
      ? { phases: proneReverseFly.prescription.phases.map((phase, index) => ({ ...phase, name: ['Anheben', 'Halten', 'Absenken'][index]! })) }
      : {}),
  } as Exercise['prescription'],
};

describe('the hold override finds the hold phase by its role, in any language', () => {
  it('lengthens the German "Halten" phase as it does the English "Hold"', () => {
    const durations = (exercise: Exercise) => {
      const work = effectiveExercise(exercise, { holdSeconds: 7 }, 0, 1).work;
      return work.kind === 'reps' ? work.phases.map((phase) => [phase.role, phase.durationMs]) : [];
    };

    expect(durations(inGerman)).toEqual([['raise', 1000], ['hold', 7000], ['lower', 1000]]);
    expect(durations(inGerman)).toEqual(durations(proneReverseFly));
  });

  it('shows the overridden hold in the summary of the German phases', async () => {
    await activateLanguage('de');
    try {
      const lookup = { exercisesById: new Map([[inGerman.id, inGerman]]) };
      expect(prescriptionText(describePrescription(inGerman, { holdSeconds: 7 }), translate, 'de', lookup)).toBe('6 × Anheben, Halten 7 s, Absenken');
    } finally {
      await activateLanguage('en');
    }
  });
});
