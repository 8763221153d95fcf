// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EFFECT_LOOKAHEAD_MS } from '../../src/engine/effect-schedule';
import { planOf, SimulatedSession } from './simulated-clock';

describe('effect scheduling', () => {
  it('hands each beep over up to 1.5 s before its time, once', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(120000, 1000);
    const go = run.emitted.filter(({ effect }) => effect.type === 'beep' && effect.tone === 'go' && effect.atMs === 10000);
    expect(go).toHaveLength(1);
    expect(go[0]!.emittedAtMs).toBeGreaterThanOrEqual(10000 - EFFECT_LOOKAHEAD_MS);
    expect(go[0]!.emittedAtMs).toBeLessThan(10000);
  });

  it('never loses or repeats a beep, whatever the spacing of the ticks', () => {
    const reference = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(120000, 100).timeline();
    for (const everyMs of [250, 999, 1000, 1400]) {
      expect(new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(120000, everyMs).timeline()).toEqual(reference);
    }
  });

  it('after a long gap drops the stale cues but keeps the step change, the hold record and the finish', () => {
    const run = new SimulatedSession(planOf(['chest-raise', 'quadruped-leg-raise'])).advanceBy(1000);
    run.advanceBy(400000, 0);
    expect(run.timeline(1001)).toEqual([]);
    expect(run.stepChanges().at(-1)).toBe('401000: 0 -> 9');
    expect(run.ofType('max-hold-recorded').map((effect) => effect.heldMs)).toEqual([60000]);
    expect(run.ofType('finished')).toHaveLength(1);
    expect(run.session.endedAtMs).toBe(10000 + 60000 + 20000 + 10000 + 115000 - 10000);
  });

  it('after a gap still plays what falls within the last second and the lookahead', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(1000);
    run.advanceBy(33500, 0);
    expect(run.timeline(1001)).toEqual(['34000 beep countdown', '35000 beep phase', '35000 speak "Straight leg. Stretch the leg back."']);
    expect(run.timeline(32000, 33999)).toEqual([]);
    const run2 = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(1000);
    run2.advanceBy(32000, 0);
    expect(run2.timeline(1001)).toEqual(['32000 beep countdown', '33000 beep countdown', '34000 beep countdown']);
  });
});
