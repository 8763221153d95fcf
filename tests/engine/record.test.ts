// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionRecord } from '../../src/engine/record';
import { planOf, SimulatedSession } from './simulated-clock';

describe('the session record', () => {
  it('counts steps done, skipped and extended, exercises done and skipped, holds, active and paused time', () => {
    const run = new SimulatedSession(planOf(['prone-reverse-fly', 'chest-raise', 'quadruped-leg-raise'], { restSeconds: 0 }));
    run.send({ type: 'skip' });
    for (let step = 0; step < 18; step += 1) run.send({ type: 'skip' }); // every rep of the fly
    // The chest raise's get-ready: paused for a minute, extended by 10 s, then ended early.
    run.advanceBy(2000).send({ type: 'pause' }).advanceBy(60000).send({ type: 'resume' });
    run.advanceBy(2000).send({ type: 'extend', seconds: 10 }).advanceBy(10000).send({ type: 'done' });
    run.advanceBy(12000).send({ type: 'done' }); // the hold
    run.advanceBy(200000);
    const record = sessionRecord(run.session);
    expect(record).toMatchObject({
      routineId: 'test-routine',
      completed: true,
      startedAtMs: 0,
      pausedMs: 60000,
      stepsSkipped: 19,
      stepsExtended: 1,
      exercisesDone: ['chest-raise', 'quadruped-leg-raise'],
      exercisesSkipped: ['prone-reverse-fly'],
      maxHolds: [{ exerciseId: 'chest-raise', side: null, heldMs: 12000 }],
    });
    expect(record.activeMs).toBe(record.endedAtMs - 60000);
    expect(record.stepsDone).toBe(run.session.log.length - 19);
    expect(run.ofType('finished')[0]?.record).toEqual(record);
  });
});
