// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advance } from '../../src/engine/session';
import { restoreSession, serializeSession } from '../../src/engine/serialize';
import { viewAt } from '../../src/engine/view';
import { planOf, SimulatedSession } from './simulated-clock';

describe('serialize and restore', () => {
  it('brings a session back after a reload with the right remaining time', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(20000);
    const restored = restoreSession(serializeSession(run.session));
    if (!restored.ok) throw new Error(restored.reason);
    const later = advance(restored.session, { type: 'tick' }, 95000).session;
    expect([later.stepIndex, viewAt(later, 95000).stepRemainingMs]).toEqual([5, 20000]);
  });

  it('brings a paused session back paused', () => {
    const run = new SimulatedSession(planOf(['chest-raise'])).advanceBy(15000).send({ type: 'pause' });
    const restored = restoreSession(serializeSession(run.session));
    expect(restored.ok && [restored.session.status, viewAt(restored.session, 999999).stepElapsedMs]).toEqual(['paused', 5000]);
  });

  it.each([
    ['text that is not JSON', '{"version":1,', 'the saved workout is damaged (not valid JSON)'],
    ['JSON of another shape', '{"version":2}', 'the saved workout is not in the expected shape (at version)'],
    ['null', 'null', 'the saved workout is not in the expected shape'],
  ])('refuses %s with a reason', (_name, text, reason) => {
    expect(restoreSession(text)).toEqual({ ok: false, reason });
  });

  it('refuses a session whose step is not in its plan', () => {
    const run = new SimulatedSession(planOf(['chest-raise']));
    const text = serializeSession({ ...run.session, stepIndex: 99 });
    expect(restoreSession(text)).toEqual({ ok: false, reason: 'the saved workout is inconsistent: the session is on step 100 of a plan with 3' });
  });

  it('refuses a paused session that has no pause time', () => {
    const run = new SimulatedSession(planOf(['chest-raise']));
    expect(restoreSession(serializeSession({ ...run.session, status: 'paused' }))).toMatchObject({ ok: false });
  });
});
