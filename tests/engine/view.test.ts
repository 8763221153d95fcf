// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextWakeAtMs, viewAt } from '../../src/engine/view';
import { planOf, SimulatedSession, words } from './simulated-clock';

describe('viewAt', () => {
  it('shows the step that is current by the clock when the tick is late', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(9000);
    const view = viewAt(run.session, 10700);
    expect([words(view.step).phase, view.stepRemainingMs, view.stepElapsedMs, view.sessionElapsedMs]).toEqual(['Bent knee', 24300, 700, 10700]);
    expect(run.session.stepIndex).toBe(0);
  });

  it('reports progress over the whole plan, and 1 at the finish', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(57500);
    expect(viewAt(run.session, run.nowMs).progress).toBe(0.5);
    run.advanceBy(60000);
    expect(viewAt(run.session, run.nowMs)).toMatchObject({ progress: 1, sessionRemainingMs: 0, sessionElapsedMs: 115000, status: 'finished' });
  });

  it('stops the session clock while paused', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(12000).send({ type: 'pause' });
    expect(viewAt(run.session, 500000).sessionElapsedMs).toBe(12000);
  });

  it('gives the same view again for the same session and time, and a new one for another time or session', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(12000);
    const running = run.session;
    const first = viewAt(running, 12500);
    expect(viewAt(running, 12500)).toBe(first);
    expect(viewAt(running, 13500).stepElapsedMs).toBe(first.stepElapsedMs + 1000);
    const paused = run.send({ type: 'pause' }).session;
    expect(viewAt(paused, 12500).status).toBe('paused');
    expect(viewAt(running, 12500)).toEqual(first);
  });
});

describe('nextWakeAtMs', () => {
  it('wakes when the displayed second changes', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(10000);
    expect(nextWakeAtMs(run.session, 10000)).toBe(11000);
    expect(nextWakeAtMs(run.session, 10999)).toBe(11000);
    expect(nextWakeAtMs(run.session, 11000)).toBe(12000);
  });

  it('follows the step when a pause shifted it off the whole second', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(10000).send({ type: 'pause' }).advanceBy(300).send({ type: 'resume' });
    expect(nextWakeAtMs(run.session, run.nowMs)).toBe(11300);
  });

  it('is null while paused and after the end', () => {
    const run = new SimulatedSession(planOf(['chest-raise'])).send({ type: 'pause' });
    expect(nextWakeAtMs(run.session, 0)).toBeNull();
    run.send({ type: 'abandon' });
    expect(nextWakeAtMs(run.session, 0)).toBeNull();
  });

  it('wakes 1.5 s before each beep, or only for the display when a 500 ms lead is enough (a page in view)', () => {
    const wakesUntil = (endMs: number, effectLeadMs?: number) => {
      const run = new SimulatedSession(planOf(['quadruped-leg-raise']));
      const wakes: number[] = [];
      while (run.nowMs < endMs) {
        const wakeAtMs = nextWakeAtMs(run.session, run.nowMs, effectLeadMs)!;
        wakes.push(wakeAtMs);
        run.advanceBy(wakeAtMs - run.nowMs, 0);
      }
      return wakes.filter((atMs) => atMs > 4000);
    };
    // The get-ready's countdown beeps (at 7, 8 and 9 s) and the work's start (10 s).
    expect(wakesUntil(10_000)).toEqual([5000, 5500, 6000, 6500, 7000, 7500, 8000, 8500, 9000, 10_000]);
    expect(wakesUntil(10_000, 500)).toEqual([5000, 6000, 7000, 8000, 9000, 10_000]);
  });

  it('wakes at once when the step has already ended', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise']));
    expect(nextWakeAtMs(run.session, 10500)).toBe(10500);
  });
});
