import { afterEach, describe, expect, it } from 'vitest';
import { describePrescription } from '../../src/engine/describe-prescription';
import { prescriptionText } from '../../src/shared/i18n/engine-text';
import { activateLanguage, currentLanguage, translate } from '../../src/shared/i18n/i18n';
import { chestRaise, diagonalRaise, fixtureCatalog, proneReverseFly, quadrupedLegRaise } from './fixtures';

const inWords = (descriptor: ReturnType<typeof describePrescription>) => prescriptionText(descriptor, translate, currentLanguage(), fixtureCatalog);

describe('describePrescription', () => {
  afterEach(() => activateLanguage('en'));

  it.each([
    ['the quadruped leg raise', quadrupedLegRaise, undefined, '25 s + 25 s per side'],
    ['the reverse fly', proneReverseFly, undefined, '6 × raise, hold 3 s, lower'],
    ['the diagonal raise', diagonalRaise, undefined, '10 per side, alternating'],
    ['the chest raise', chestRaise, undefined, 'hold as long as you can'],
    ['two sets of 40 s, left side only', quadrupedLegRaise, { sets: 2, seconds: 40, sides: 'left' as const }, '2 × (40 s + 40 s) (left side only)'],
    ['3 sets of 8 with a 5 s hold', proneReverseFly, { sets: 3, reps: 8, holdSeconds: 5 }, '3 sets of 8 × raise, hold 5 s, lower'],
    ['the diagonal raise on the right only', diagonalRaise, { sides: 'right' as const }, '10 × raise, lower (right side only)'],
    ['two chest raises', chestRaise, { sets: 2 }, 'hold as long as you can, 2 times'],
  ])('describes %s', (_name, exercise, overrides, text) => {
    expect(inWords(describePrescription(exercise, overrides))).toBe(text);
  });

  it('returns data, not words: the kind, the counts, the sides and each part with its seconds', () => {
    expect(describePrescription(proneReverseFly, { sets: 3, holdSeconds: 5 })).toEqual({
      key: 'engine.prescription.reps', exerciseId: 'prone-reverse-fly', values: { sets: 3, reps: 6, sides: 'both' },
      parts: [{ part: 0, seconds: 1 }, { part: 1, seconds: 5 }, { part: 2, seconds: 1 }],
    });
    expect(describePrescription(quadrupedLegRaise, { sides: 'left' })).toMatchObject({ key: 'engine.prescription.timed', values: { sets: 1, sides: 'left' } });
    expect(describePrescription(diagonalRaise)).toMatchObject({ key: 'engine.prescription.alternatingReps', values: { reps: 10, sides: 'alternating' }, parts: [] });
    expect(describePrescription(chestRaise, { sets: 2 })).toMatchObject({ key: 'engine.prescription.maxHold', values: { sets: 2, sides: 'both' } });
  });

  it('says the same in German', async () => {
    await activateLanguage('de');
    expect(inWords(describePrescription(quadrupedLegRaise, { sets: 2 }))).toBe('2 × (25 s + 25 s) je Seite');
    expect(inWords(describePrescription(diagonalRaise))).toBe('10 je Seite, im Wechsel');
    expect(inWords(describePrescription(proneReverseFly, { sets: 3, sides: 'right' }))).toBe('3 Sätze à 6 × Raise, Hold 3 s, Lower');
    expect(inWords(describePrescription(chestRaise, { sets: 2 }))).toBe('so lange wie möglich halten, 2-mal');
  });
});
