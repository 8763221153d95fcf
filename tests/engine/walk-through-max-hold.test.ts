// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextWakeAtMs, viewAt } from '../../src/engine/view';
import { cueWords, planOf, SimulatedSession } from './simulated-clock';

// Prone chest raise: hold as long as you can (target 10 s, ends by itself at 60 s).
const plan = () => planOf(['chest-raise']);

describe('a walk-through of the chest raise (an open-ended hold)', () => {
  it('plans an open-ended hold with its target and cap', () => {
    const hold = plan().steps[1]!;
    expect([hold.kind, hold.durationMs, hold.targetMs, hold.capMs]).toEqual(['work', null, 10000, 60000]);
    expect(plan().totalDurationMs).toBe(20000);
  });

  it('counts up, says the cue and the target, and records the hold the user ends with done', () => {
    const run = new SimulatedSession(plan()).advanceBy(33456);
    const view = viewAt(run.session, run.nowMs);
    expect([view.stepRemainingMs, view.stepElapsedMs, cueWords(view.currentCue)]).toEqual([null, 23456, 'Eyes to the floor.']);
    run.send({ type: 'done' });
    expect(run.timeline()).toEqual([
      '0 speak "Prone chest raise. Lie face down, arms out to the sides."',
      '7000 beep countdown', '8000 beep countdown', '9000 beep countdown',
      '10000 beep go', '10000 speak "Hold as long as you can. Lift chest and arms."', '10000 vibrate 200',
      '15000 speak "Eyes to the floor."',
      '20000 speak "Target reached. Keep holding if you can."',
      '33456 beep finish', '33456 speak "Workout complete. Well done."', '33456 vibrate 300,120,300',
    ]);
    expect(run.ofType('max-hold-recorded')).toEqual([{ type: 'max-hold-recorded', exerciseId: 'chest-raise', side: null, heldMs: 23456, capReached: false }]);
    const [finished] = run.ofType('finished');
    expect(finished?.record.maxHolds).toEqual([{ exerciseId: 'chest-raise', side: null, heldMs: 23456, capReached: false }]);
    expect(run.session.log[1]).toMatchObject({ outcome: 'done-early', activeMs: 23456, heldMs: 23456 });
  });

  it('wakes the ticker when the stopwatch shows the next whole second', () => {
    const run = new SimulatedSession(plan()).advanceBy(12300);
    expect(nextWakeAtMs(run.session, run.nowMs)).toBe(13000);
  });

  it('ends the hold by itself at the cap, after a 3-2-1 countdown, and records the cap', () => {
    const run = new SimulatedSession(plan()).advanceBy(75000);
    expect(run.timeline(60000)).toEqual([
      '67000 beep countdown', '68000 beep countdown', '69000 beep countdown',
      '70000 beep finish', '70000 speak "Workout complete. Well done."', '70000 vibrate 300,120,300',
    ]);
    expect(run.ofType('max-hold-recorded').map((effect) => [effect.heldMs, effect.capReached])).toEqual([[60000, true]]);
    expect(run.session.endedAtMs).toBe(70000);
  });
});
