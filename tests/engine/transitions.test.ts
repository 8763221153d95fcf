// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advance } from '../../src/engine/session';
import type { SessionEvent } from '../../src/engine/types';
import { viewAt } from '../../src/engine/view';
import { cueWords, planOf, SimulatedSession } from './simulated-clock';

const quadruped = () => new SimulatedSession(planOf(['quadruped-leg-raise']));

describe('pause and resume', () => {
  it('freezes the countdown while paused and adds the pause to the step', () => {
    const run = quadruped().advanceBy(15000).send({ type: 'pause' });
    run.advanceBy(300000);
    expect(viewAt(run.session, run.nowMs).stepRemainingMs).toBe(20000);
    run.send({ type: 'resume' }).advanceBy(20000);
    expect(run.session.stepIndex).toBe(2);
    expect(run.session.log[1]).toMatchObject({ enteredAtMs: 10000, leftAtMs: 335000, activeMs: 25000 });
    expect(run.session.totalPausedMs).toBe(300000);
  });

  it('cancels scheduled beeps on pause and schedules them again, shifted, on resume, with a tone at each', () => {
    const run = quadruped().advanceBy(31000).send({ type: 'pause' });
    expect(run.emitted.slice(-2).map(({ effect }) => effect)).toEqual([{ type: 'cancel-scheduled' }, { type: 'beep', atMs: 31000, tone: 'pause' }]);
    run.advanceBy(5000).send({ type: 'resume' });
    expect(run.emitted.slice(-3, -1).map(({ effect }) => effect)).toEqual([{ type: 'cancel-scheduled' }, { type: 'beep', atMs: 36000, tone: 'resume' }]);
    expect(run.timeline(32000, 40000)).toEqual(['32000 beep countdown', '36000 beep resume', '37000 beep countdown']);
    run.advanceBy(5000);
    expect(run.timeline(37001, 41000)).toEqual(['38000 beep countdown', '39000 beep countdown', '40000 beep phase', '40000 speak "Straight leg. Stretch the leg back."']);
  });
});

describe('skip, back, done, extend, restart and abandon', () => {
  it('skips to the next step now, marking the step skipped', () => {
    const run = quadruped().advanceBy(12000).send({ type: 'skip' });
    expect(run.session.stepIndex).toBe(2);
    expect(run.session.log[1]).toMatchObject({ outcome: 'skipped', activeMs: 2000 });
    expect(run.timeline(12000, 12000)).toEqual(['12000 beep phase', '12000 speak "Straight leg. Stretch the leg back."']);
  });

  it('goes back to the previous step within 3 s of a step start', () => {
    const run = quadruped().advanceBy(12000).send({ type: 'back' });
    expect([run.session.stepIndex, run.session.stepStartedAtMs]).toEqual([0, 12000]);
  });

  it('goes back to the start of this step when more than 3 s in', () => {
    const run = quadruped().advanceBy(13001).send({ type: 'back' });
    expect([run.session.stepIndex, viewAt(run.session, run.nowMs).stepRemainingMs]).toEqual([1, 25000]);
  });

  it('extends the current step by 10 s and moves its countdown', () => {
    const run = quadruped().advanceBy(30000).send({ type: 'extend', seconds: 10 }).advanceBy(20000);
    expect(run.timeline(30001, 45000)).toEqual(['42000 beep countdown', '43000 beep countdown', '44000 beep countdown', '45000 beep phase', '45000 speak "Straight leg. Stretch the leg back."']);
    expect(run.session.log[1]).toMatchObject({ leftAtMs: 45000, extendedMs: 10000, outcome: 'completed' });
  });

  it('marks a timed step done early', () => {
    const run = quadruped().advanceBy(20000).send({ type: 'done' });
    expect(run.session.log[1]).toMatchObject({ outcome: 'done-early', activeMs: 10000 });
  });

  it('restarts the exercise from its get-ready', () => {
    const run = quadruped().advanceBy(70000).send({ type: 'restart-exercise' });
    expect([run.session.stepIndex, run.session.stepStartedAtMs]).toEqual([0, 70000]);
    expect(run.stepChanges().at(-1)).toBe('70000: 4 -> 0');
  });

  it('abandons: the session ends, not completed, and says so once', () => {
    const run = quadruped().advanceBy(20000).send({ type: 'abandon' });
    expect([run.session.status, run.session.endedAtMs]).toEqual(['abandoned', 20000]);
    const finished = run.ofType('finished');
    expect(finished).toHaveLength(1);
    expect(finished[0]?.record).toMatchObject({ completed: false, activeMs: 20000, exercisesDone: [], exercisesSkipped: [] });
  });

  it('skips while paused to the next step and stays paused there', () => {
    const run = quadruped().advanceBy(12000).send({ type: 'pause' });
    run.advanceBy(4000).send({ type: 'skip' }).advanceBy(4000);
    expect([run.session.status, run.session.stepIndex, viewAt(run.session, run.nowMs).stepRemainingMs]).toEqual(['paused', 2, 25000]);
    run.send({ type: 'resume' });
    expect(run.timeline(20000, 20000)).toEqual(['20000 beep resume', '20000 beep phase', '20000 speak "Straight leg. Stretch the leg back."']);
  });

  it('applies an event to the step that is current by the clock, even without a tick in between', () => {
    const run = quadruped().advanceBy(1000);
    run.nowMs = 36000;
    run.send({ type: 'skip' });
    expect(run.session.log.map((record) => [record.stepIndex, record.outcome])).toEqual([[0, 'completed'], [1, 'completed'], [2, 'skipped'], [3, null]]);
  });
});

describe('events in the wrong state are no-ops', () => {
  const cases: [string, () => SimulatedSession, SessionEvent][] = [
    ['resume while running', () => quadruped().advanceBy(1000), { type: 'resume' }],
    ['pause while paused', () => quadruped().send({ type: 'pause' }), { type: 'pause' }],
    ['tick while paused', () => quadruped().send({ type: 'pause' }), { type: 'tick' }],
    ['skip after the finish', () => quadruped().advanceBy(200000), { type: 'skip' }],
    ['back after the finish', () => quadruped().advanceBy(200000), { type: 'back' }],
    ['abandon after abandoning', () => quadruped().send({ type: 'abandon' }), { type: 'abandon' }],
    ['extend on an open-ended hold', () => new SimulatedSession(planOf(['chest-raise'])).advanceBy(12000), { type: 'extend', seconds: 10 }],
    ['extend by 0 s', () => quadruped().advanceBy(1000), { type: 'extend', seconds: 0 }],
    ['extend by more than 600 s', () => quadruped().advanceBy(1000), { type: 'extend', seconds: 601 }],
    ['extend by a non-number', () => quadruped().advanceBy(1000), { type: 'extend', seconds: Number.NaN }],
    ['an unknown event', () => quadruped().advanceBy(1000), { type: 'jump' } as unknown as SessionEvent],
  ];
  it.each(cases)('%s returns the same session and no effects', (_name, make, event) => {
    const run = make();
    const result = advance(run.session, event, run.nowMs);
    expect(result.session).toBe(run.session);
    expect(result.effects).toEqual([]);
  });
});

describe('effect order', () => {
  it('cancels what was scheduled before reporting the steps that ended since the last tick', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(1000);
    const result = advance(run.session, { type: 'pause' }, 12000);
    expect(result.effects.map((effect) => effect.type)).toEqual(['cancel-scheduled', 'step-changed', 'beep']);
    expect(result.session.stepIndex).toBe(1);
  });
});

describe('limits', () => {
  it('does not extend a step beyond an hour', () => {
    const run = quadruped().advanceBy(11000);
    for (let times = 0; times < 6; times += 1) run.send({ type: 'extend', seconds: 600 });
    expect(run.session.stepExtendedMs).toBe(3000000);
    const result = advance(run.session, { type: 'extend', seconds: 600 }, run.nowMs);
    expect(result.session).toBe(run.session);
  });

  it('shows but does not speak cues that change faster than every 4 s', () => {
    const run = new SimulatedSession(planOf([{ exerciseId: 'quadruped-leg-raise', overrides: { seconds: 6 } }])).advanceBy(13000);
    expect(cueWords(viewAt(run.session, run.nowMs).currentCue)).toBe('Keep changing.');
    run.advanceBy(3000);
    expect(run.timeline(10001, 15999).filter((line) => line.includes('speak'))).toEqual([]);
  });
});
