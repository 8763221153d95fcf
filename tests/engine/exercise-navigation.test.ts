// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advance, start } from '../../src/engine/session';
import type { Plan, Session, SessionEvent } from '../../src/engine/types';
import { planArbitrary, gapArbitrary, startAtArbitrary } from './arbitraries';
import { planOf, SimulatedSession } from './simulated-clock';

// Quadruped: 0 get-ready, 1-2 right parts, 3 switch, 4-5 left parts, 6 rest. Reverse fly: 7 get-ready,
// 8-25 six reps of three phases, 26 rest. Diagonal raise: 27 get-ready, 28-67 ten reps per side of two phases, 68 finish.
const threeExercises = () => new SimulatedSession(planOf(['quadruped-leg-raise', 'prone-reverse-fly', 'diagonal-raise']));
const kindAt = (run: SimulatedSession) => run.session.plan.steps[run.session.stepIndex]?.kind;

describe('next exercise', () => {
  it('leaves the leg raise in one press for the rest before the next exercise, then that exercise’s get-ready', () => {
    const run = threeExercises().advanceBy(12000).send({ type: 'next-exercise' });
    expect(run.session.stepIndex).toBe(6);
    expect(kindAt(run)).toBe('rest-between-exercises');
    expect(run.session.log[1]).toMatchObject({ stepIndex: 1, outcome: 'skipped', activeMs: 2000 });
    run.send({ type: 'next-exercise' });
    expect(run.session.stepIndex).toBe(7);
    expect(run.session.plan.steps[7]).toMatchObject({ kind: 'get-ready', exerciseId: 'prone-reverse-fly' });
  });

  it('from a get-ready skips that exercise, and on the last exercise finishes the workout', () => {
    const run = threeExercises().send({ type: 'next-exercise' });
    expect(run.session.stepIndex).toBe(6);
    run.send({ type: 'next-exercise' }).send({ type: 'next-exercise' }).send({ type: 'next-exercise' }).send({ type: 'next-exercise' });
    expect(run.session.status).toBe('finished');
    expect(run.emitted.filter(({ effect }) => effect.type === 'finished')).toHaveLength(1);
  });

  it('says "Well done" at a finish reached with all the work done, and only that it is over at one reached by skipping', () => {
    const single = () => new SimulatedSession(planOf(['quadruped-leg-raise']));
    const finishWords = (run: SimulatedSession) => run.timeline().filter((line) => /speak "(Workout complete|That is the end)/.test(line)).map((line) => line.replace(/^\d+ /, ''));
    expect(finishWords(single().advanceBy(120000))).toEqual(['speak "Workout complete. Well done."']);
    // Skipping the left side's last part on the way (Next step) is skipped work too.
    expect(finishWords(single().advanceBy(95000).send({ type: 'skip' }))).toEqual(['speak "That is the end of the workout."']);
    expect(finishWords(single().advanceBy(12000).send({ type: 'next-exercise' }))).toEqual(['speak "That is the end of the workout."']);
    // Skipping a get-ready or a rest skips no work: the exercise done, it was well done.
    expect(finishWords(single().send({ type: 'skip' }).advanceBy(110000))).toEqual(['speak "Workout complete. Well done."']);
  });

  it('does nothing once the workout has ended', () => {
    const run = threeExercises().send({ type: 'abandon' });
    const ended = run.session;
    expect(advance(ended, { type: 'next-exercise' }, run.nowMs + 1000)).toEqual({ session: ended, effects: [] });
  });

  it('keeps a paused workout paused on the next exercise', () => {
    const run = threeExercises().advanceBy(12000).send({ type: 'pause' }).send({ type: 'next-exercise' });
    expect(run.session).toMatchObject({ stepIndex: 6, status: 'paused' });
  });
});

describe('previous exercise', () => {
  it('goes to the start of this exercise, then, pressed again at once, to the start of the one before', () => {
    const run = threeExercises().send({ type: 'next-exercise' }).send({ type: 'next-exercise' }).advanceBy(15000);
    expect(run.session.stepIndex).toBeGreaterThan(7);
    run.send({ type: 'previous-exercise' });
    expect(run.session.stepIndex).toBe(7);
    run.advanceBy(1000).send({ type: 'previous-exercise' });
    expect(run.session.stepIndex).toBe(0);
  });

  it('from the rest after an exercise goes back to that exercise’s start', () => {
    const run = threeExercises().send({ type: 'next-exercise' }).advanceBy(5000).send({ type: 'previous-exercise' });
    expect(run.session.stepIndex).toBe(0);
  });

  it('on the first exercise’s start restarts it, with its time from now', () => {
    const run = threeExercises().advanceBy(2000).send({ type: 'previous-exercise' });
    expect(run.session).toMatchObject({ stepIndex: 0, stepStartedAtMs: 2000 });
  });
});

describe('end set (and Done on a rep step)', () => {
  it('ends the reverse fly’s set in rep 2’s hold: the rest of its reps are skipped and the rest before the next exercise begins', () => {
    const run = threeExercises().send({ type: 'next-exercise' }).send({ type: 'next-exercise' }).advanceBy(10000 + 6000);
    expect(run.session.plan.steps[run.session.stepIndex]).toMatchObject({ rep: 2, repCount: 6 });
    run.send({ type: 'end-set' });
    expect(run.session.stepIndex).toBe(26);
    expect(run.session.log.at(-2)).toMatchObject({ outcome: 'skipped' });
    expect(run.session.log.filter((record) => record.stepIndex >= 8 && record.stepIndex <= 25).map((record) => record.outcome)).toEqual(['completed', 'completed', 'completed', 'completed', 'skipped']);
  });

  it('in the first of two sets goes to the rest between sets', () => {
    const run = new SimulatedSession(planOf([{ exerciseId: 'prone-reverse-fly', overrides: { sets: 2, restBetweenSetsSeconds: 30 } }])).advanceBy(11000);
    run.send({ type: 'done' });
    expect(run.session.plan.steps[run.session.stepIndex]).toMatchObject({ kind: 'rest-between-sets', set: 2 });
  });

  it('ends an alternating set for both sides, here the last exercise, so the workout finishes', () => {
    const run = new SimulatedSession(planOf(['diagonal-raise'])).advanceBy(10000 + 5000).send({ type: 'end-set' });
    expect(run.session.status).toBe('finished');
  });

  it('is a no-op outside rep steps', () => {
    const run = threeExercises().advanceBy(12000);
    const before = run.session;
    run.send({ type: 'end-set' });
    expect(run.session).toBe(before);
  });
});

const events: SessionEvent[] = [{ type: 'next-exercise' }, { type: 'previous-exercise' }, { type: 'skip' }, { type: 'back' }, { type: 'done' }, { type: 'end-set' }];
const itemOf = (plan: Plan, session: Session) => plan.steps[session.stepIndex]?.itemIndex ?? plan.outline.length;

describe('many presses of any control, fast, in any order', () => {
  it('never move further than one press asks for, and leave a consistent session', () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, fc.array(fc.record({ gapMs: gapArbitrary.map((gap) => gap % 400), event: fc.constantFrom(...events) }), { maxLength: 40 }), (plan, startAtMs, presses) => {
        let session = start(plan, startAtMs).session;
        let nowMs = startAtMs;
        for (const { gapMs, event } of presses) {
          nowMs += gapMs;
          // Compare with the session caught up to the moment of the press: the press applies to the step current then.
          const caught = advance(session, { type: 'tick' }, nowMs).session;
          const next = advance(caught, event, nowMs).session;
          const from = caught.stepIndex;
          const fromItem = itemOf(plan, caught);
          if (caught.status === 'finished' || caught.status === 'abandoned') {
            expect(next).toBe(caught);
          } else if (event.type === 'skip') {
            expect(next.stepIndex).toBe(Math.min(from + 1, plan.steps.length - 1));
          } else if (event.type === 'next-exercise') {
            expect(next.stepIndex).toBeGreaterThan(from);
            expect(itemOf(plan, next)).toBeLessThanOrEqual(fromItem + 1);
          } else if (event.type === 'previous-exercise') {
            expect(plan.outline.some((item) => item.firstStepIndex === next.stepIndex)).toBe(true);
            expect(itemOf(plan, next)).toBeGreaterThanOrEqual(Math.max(0, fromItem - 1));
          } else if (event.type === 'back') {
            expect(next.stepIndex === from || next.stepIndex === from - 1).toBe(true);
          } else {
            expect(next.stepIndex).toBeGreaterThanOrEqual(from);
            expect(itemOf(plan, next)).toBeLessThanOrEqual(fromItem + 1);
          }
          expect(next.stepIndex).toBeGreaterThanOrEqual(0);
          expect(next.stepIndex).toBeLessThan(plan.steps.length);
          expect(next.log.filter((record) => record.leftAtMs === null).length).toBeLessThanOrEqual(1);
          expect(next.stepStartedAtMs).toBeLessThanOrEqual(nowMs);
          session = next;
        }
      }),
      { numRuns: 500 },
    );
  });
});
