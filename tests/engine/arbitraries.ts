/** fast-check generators for the engine's properties: random routines and random actions at random times. */
import fc from 'fast-check';
import type { RoutineItem } from '../../src/catalog/schema';
import { compile } from '../../src/engine/compile';
import type { CompileOptions, Plan, SessionEvent } from '../../src/engine/types';
import { fixtureCatalog, fixtureExercises, routineOf } from './fixtures';

const overridesArbitrary = fc.record(
  {
    sets: fc.integer({ min: 1, max: 2 }),
    reps: fc.integer({ min: 1, max: 3 }),
    seconds: fc.integer({ min: 1, max: 30 }),
    holdSeconds: fc.integer({ min: 1, max: 12 }),
    sides: fc.constantFrom('both' as const, 'right' as const, 'left' as const),
    restBetweenSetsSeconds: fc.integer({ min: 0, max: 15 }),
  },
  { requiredKeys: [] },
);

const itemArbitrary: fc.Arbitrary<RoutineItem> = fc.record(
  {
    exerciseId: fc.constantFrom(...fixtureExercises.map((exercise) => exercise.id)),
    overrides: overridesArbitrary,
    restAfterSeconds: fc.integer({ min: 0, max: 15 }),
  },
  { requiredKeys: ['exerciseId'] },
);

const optionsArbitrary: fc.Arbitrary<Partial<CompileOptions>> = fc.record({
  getReadySeconds: fc.integer({ min: 3, max: 10 }),
  restSeconds: fc.integer({ min: 0, max: 10 }),
  paceFactor: fc.constantFrom(0.5, 0.75, 1, 1.3, 2),
});

/** A compiled plan of 1 to 3 fixture exercises with random overrides and options. */
export const planArbitrary: fc.Arbitrary<Plan> = fc.tuple(fc.array(itemArbitrary, { minLength: 1, maxLength: 3 }), optionsArbitrary).map(([items, options]) => {
  const result = compile(routineOf(...items), fixtureCatalog, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
});

export const eventArbitrary: fc.Arbitrary<SessionEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ type: 'tick' } as const) },
  { weight: 2, arbitrary: fc.constantFrom<SessionEvent>({ type: 'pause' }, { type: 'resume' }) },
  { weight: 1, arbitrary: fc.constantFrom<SessionEvent>({ type: 'skip' }, { type: 'back' }, { type: 'done' }, { type: 'restart-exercise' }) },
  { weight: 1, arbitrary: fc.constantFrom<SessionEvent>({ type: 'next-exercise' }, { type: 'previous-exercise' }, { type: 'end-set' }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 700 }).map((seconds): SessionEvent => ({ type: 'extend', seconds })) },
  { weight: 1, arbitrary: fc.constant({ type: 'abandon' } as const) },
);

/** Milliseconds between two actions: mostly player-like, sometimes a background tab or a long pause. */
export const gapArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1500 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 30000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 400000 }) },
);

export interface TimedAction {
  readonly gapMs: number;
  readonly event: SessionEvent;
}

export const actionsArbitrary: fc.Arbitrary<TimedAction[]> = fc.array(fc.record({ gapMs: gapArbitrary, event: eventArbitrary }), { maxLength: 30 });

/** Abandon is rare in real use and ends everything; most runs here are without it. */
export const actionsWithoutAbandonArbitrary = actionsArbitrary.map((actions) => actions.filter((action) => action.event.type !== 'abandon'));

export const startAtArbitrary = fc.integer({ min: 0, max: 2_000_000_000_000 });
