// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describePrescription } from '../../src/engine/describe-prescription';
import { chestRaise, diagonalRaise, proneReverseFly, quadrupedLegRaise } from './fixtures';

describe('describePrescription', () => {
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
    expect(describePrescription(exercise, overrides)).toBe(text);
  });
});
