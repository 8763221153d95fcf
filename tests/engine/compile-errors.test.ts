// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Exercise, Routine } from '../../src/catalog/schema';
import { compile, MAX_PLAN_STEPS } from '../../src/engine/compile';
import { chestRaise, fixtureCatalog, proneReverseFly, routineOf } from './fixtures';

const catalogWith = (...exercises: Exercise[]) => ({ exercisesById: new Map(exercises.map((exercise) => [exercise.id, exercise])) });

describe('compile rejects bad routines with an error that names the item', () => {
  it('rejects an unknown exercise', () => {
    const result = compile(routineOf('chest-raise', 'chest-raise', 'plank-x'), fixtureCatalog);
    expect(result).toEqual({ ok: false, error: { code: 'unknown-exercise', itemIndex: 2, message: "item 3: unknown exercise 'plank-x'" } });
  });

  it('rejects an empty routine', () => {
    const result = compile({ ...routineOf(), items: [] }, fixtureCatalog);
    expect(result).toMatchObject({ ok: false, error: { code: 'empty-routine', itemIndex: null } });
  });

  it.each([
    ['zero seconds', 0], ['negative seconds', -5], ['infinite seconds', Infinity], ['NaN seconds', Number.NaN], ['more than an hour', 3601],
  ])('rejects a timed part of %s', (_name, seconds) => {
    const result = compile(routineOf({ exerciseId: 'quadruped-leg-raise', overrides: { seconds } }), fixtureCatalog);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-duration', itemIndex: 0 } });
    if (!result.ok) expect(result.error.message).toMatch(/^item 1: part 'Bent knee' is .* s; it must be more than 0 s and at most 1 hour$/);
  });

  it('rejects a phase that the pace factor stretches beyond an hour', () => {
    const result = compile(routineOf({ exerciseId: 'prone-reverse-fly', overrides: { holdSeconds: 3000 } }), fixtureCatalog, { paceFactor: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-duration', itemIndex: 0 } });
  });

  it('rejects a negative rest after an item', () => {
    const result = compile(routineOf({ exerciseId: 'chest-raise', restAfterSeconds: -1 }, 'chest-raise'), fixtureCatalog);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-duration', itemIndex: 0 } });
  });

  it(`rejects a plan of more than ${MAX_PLAN_STEPS} steps`, () => {
    const result = compile(routineOf({ exerciseId: 'prone-reverse-fly', overrides: { sets: 20, reps: 100 } }), fixtureCatalog);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-steps', itemIndex: 0 } });
  });

  it('rejects an item whose prescription bypassed validation', () => {
    const broken = { ...proneReverseFly, id: 'broken', prescription: { ...proneReverseFly.prescription, reps: { value: 1e9, source: 'default' } } } as Exercise;
    const result = compile(routineOf('broken'), catalogWith(broken));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-item', itemIndex: 0, message: 'item 1: the number of repetitions must be a whole number from 1 to 100' } });
  });

  it('rejects an open-ended hold without a cap', () => {
    const uncapped = { ...chestRaise, id: 'uncapped', prescription: { ...chestRaise.prescription, capSeconds: undefined } } as unknown as Exercise;
    expect(compile(routineOf('uncapped'), catalogWith(uncapped))).toMatchObject({ ok: false, error: { code: 'invalid-duration', itemIndex: 0 } });
  });

  it('never throws, whatever it is given', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (routine, overrides) => {
        const asRoutine = routine as Routine;
        const withItem = routineOf({ exerciseId: 'prone-reverse-fly', overrides: overrides as never });
        for (const input of [asRoutine, withItem, { ...withItem, items: [routine as never] }]) {
          const result = compile(input, fixtureCatalog, overrides as never);
          expect(typeof result.ok).toBe('boolean');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
