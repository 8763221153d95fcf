// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionRecord } from '../../src/engine/record';
import { moveToStep } from '../../src/engine/step-entry';
import { planOf, SimulatedSession } from './simulated-clock';

/** The record's outcome per exercise, as "exercise: outcome" (with "4/6 reps" for rep exercises). */
const outcomes = (run: SimulatedSession): string[] =>
  sessionRecord(run.session).exercises.map((exercise) =>
    `${exercise.exerciseId}: ${exercise.outcome}${exercise.repCount === undefined ? '' : ` ${exercise.repsDone}/${exercise.repCount} reps`}`,
  );

describe('a hold its cap ended', () => {
  it('is recorded with cap reached, in the effect and the record', () => {
    // The chest raise: 10 s get-ready, then a hold capped at 60 s that nobody ends.
    const run = new SimulatedSession(planOf(['chest-raise'])).advanceBy(10_000 + 60_000 + 1_000);
    expect(run.ofType('max-hold-recorded')).toEqual([{ type: 'max-hold-recorded', exerciseId: 'chest-raise', side: null, heldMs: 60_000, capReached: true }]);
    expect(sessionRecord(run.session).maxHolds).toEqual([{ exerciseId: 'chest-raise', side: null, heldMs: 60_000, capReached: true }]);
    expect(run.ofType('finished')[0]?.record.maxHolds[0]?.capReached).toBe(true);
  });

  it('is not cap reached when Done ends it, even a moment before the cap', () => {
    const run = new SimulatedSession(planOf(['chest-raise'])).advanceBy(10_000 + 59_999).send({ type: 'done' });
    expect(sessionRecord(run.session).maxHolds).toEqual([{ exerciseId: 'chest-raise', side: null, heldMs: 59_999, capReached: false }]);
  });

  it('is caught up as capped after a long gap without ticks', () => {
    const run = new SimulatedSession(planOf(['chest-raise', 'quadruped-leg-raise'])).advanceBy(200_000, 0);
    expect(sessionRecord(run.session).maxHolds.map((hold) => hold.capReached)).toEqual([true]);
  });
});

describe('the summary counts: one outcome per exercise', () => {
  it('done: every work step completed', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(200_000);
    expect(outcomes(run)).toEqual(['quadruped-leg-raise: done']);
    expect(sessionRecord(run.session)).toMatchObject({ exercisesDone: ['quadruped-leg-raise'], exercisesSkipped: [] });
  });

  it('ended early: the workout ended halfway through a timed exercise', () => {
    // 10 s get-ready, 25 s bent knee (completed), then 15 s into the straight leg of the right side.
    const run = new SimulatedSession(planOf(['quadruped-leg-raise', 'chest-raise'])).advanceBy(50_000).send({ type: 'abandon' });
    expect(outcomes(run)).toEqual(['quadruped-leg-raise: ended-early', 'chest-raise: not-reached']);
    // Not done, and not skipped either: "0 of 2 done, 1 ended early".
    expect(sessionRecord(run.session)).toMatchObject({ exercisesDone: [], exercisesSkipped: [] });
  });

  it('ended early: ended 10 s into the first part, before any step was complete', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(20_000).send({ type: 'abandon' });
    expect(outcomes(run)).toEqual(['quadruped-leg-raise: ended-early']);
  });

  it('ended early: one part skipped, the rest completed', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(12_000).send({ type: 'skip' }).advanceBy(200_000);
    expect(outcomes(run)).toEqual(['quadruped-leg-raise: ended-early']);
    expect(run.session.status).toBe('finished');
  });

  it('skipped: a skipped hold, then the workout ended', () => {
    const run = new SimulatedSession(planOf(['chest-raise', 'quadruped-leg-raise'])).advanceBy(12_000).send({ type: 'skip' }).advanceBy(3_000).send({ type: 'abandon' });
    expect(outcomes(run)).toEqual(['chest-raise: skipped', 'quadruped-leg-raise: not-reached']);
    expect(sessionRecord(run.session)).toMatchObject({ exercisesDone: [], exercisesSkipped: ['chest-raise'] });
  });

  it('skipped: the only hold skipped, which finishes the workout', () => {
    const run = new SimulatedSession(planOf(['chest-raise'])).advanceBy(12_000).send({ type: 'skip' });
    expect(run.session.status).toBe('finished');
    expect(outcomes(run)).toEqual(['chest-raise: skipped']);
  });

  it('skipped: gone past without its work ever starting (get-ready skipped, then every step)', () => {
    const run = new SimulatedSession(planOf(['chest-raise', 'quadruped-leg-raise'], { restSeconds: 0 })).send({ type: 'skip' }).send({ type: 'skip' });
    run.advanceBy(200_000);
    expect(outcomes(run)).toEqual(['chest-raise: skipped', 'quadruped-leg-raise: done']);
  });

  it('not reached: the workout ended during the exercise’s get-ready', () => {
    const run = new SimulatedSession(planOf(['chest-raise'])).advanceBy(5_000).send({ type: 'abandon' });
    expect(outcomes(run)).toEqual(['chest-raise: not-reached']);
    expect(sessionRecord(run.session)).toMatchObject({ exercisesDone: [], exercisesSkipped: [] });
  });

  it('ended early with reps left: the workout ended after 4 of 6 reps', () => {
    // The fly: 10 s get-ready, then reps of raise 1 s, hold 3 s, lower 1 s.
    const run = new SimulatedSession(planOf(['prone-reverse-fly'])).advanceBy(10_000 + 4 * 5_000 + 500).send({ type: 'abandon' });
    expect(outcomes(run)).toEqual(['prone-reverse-fly: ended-early 4/6 reps']);
  });

  it('ended early with reps left: the set ended after 4 reps, its other reps never entered', () => {
    // As a Done that ends the set leaves it: the 5th rep's raise ended by Done, straight on to what follows the set.
    const run = new SimulatedSession(planOf(['prone-reverse-fly', 'chest-raise'])).advanceBy(10_000 + 4 * 5_000 + 500);
    const afterTheSet = run.session.plan.steps.findIndex((step) => step.index > run.session.stepIndex && step.exerciseId === 'chest-raise');
    run.session = moveToStep(run.session, afterTheSet, run.nowMs, 'done-early', null);
    run.advanceBy(200_000);
    expect(outcomes(run)).toEqual(['prone-reverse-fly: ended-early 4/6 reps', 'chest-raise: done']);
  });

  it('ended early with reps left: the last two reps skipped step by step', () => {
    const run = new SimulatedSession(planOf(['prone-reverse-fly'])).advanceBy(10_000 + 4 * 5_000);
    for (let phase = 0; phase < 6; phase += 1) run.send({ type: 'skip' });
    expect(run.session.status).toBe('finished');
    expect(outcomes(run)).toEqual(['prone-reverse-fly: ended-early 4/6 reps']);
  });

  it('counts the reps of both sides of an alternating exercise', () => {
    const run = new SimulatedSession(planOf(['diagonal-raise'])).advanceBy(200_000);
    expect(outcomes(run)).toEqual(['diagonal-raise: done 20/20 reps']);
  });

  it('gives each routine item its own outcome when an exercise comes twice', () => {
    const run = new SimulatedSession(planOf(['chest-raise', 'quadruped-leg-raise', 'chest-raise'], { restSeconds: 0 }));
    run.advanceBy(15_000).send({ type: 'done' }).advanceBy(10_000 + 115_000);
    run.send({ type: 'skip' }).send({ type: 'skip' });
    expect(outcomes(run)).toEqual(['chest-raise: done', 'quadruped-leg-raise: done', 'chest-raise: skipped']);
    // Done once is done: the id lists keep their meaning for the history.
    expect(sessionRecord(run.session)).toMatchObject({ exercisesDone: ['chest-raise', 'quadruped-leg-raise'], exercisesSkipped: [] });
  });
});
