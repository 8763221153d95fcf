// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advance } from '../../src/engine/session';
import { restoreSession, restoreSessionValue, serializeSession } from '../../src/engine/serialize';
import { closedLog, compactStepRecord, joinSessionParts, sessionCursor } from '../../src/engine/session-parts';
import { viewAt } from '../../src/engine/view';
import { planOf, SimulatedSession } from './simulated-clock';

describe('serialize and restore', () => {
  it('brings a session back after a reload with the right remaining time', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise'])).advanceBy(20000);
    const restored = restoreSession(serializeSession(run.session), 20_000);
    if (!restored.ok) throw new Error(restored.reason);
    const later = advance(restored.session, { type: 'tick' }, 95000).session;
    expect([later.stepIndex, viewAt(later, 95000).stepRemainingMs]).toEqual([5, 20000]);
  });

  it('brings a paused session back paused', () => {
    const run = new SimulatedSession(planOf(['chest-raise'])).advanceBy(15000).send({ type: 'pause' });
    const restored = restoreSession(serializeSession(run.session), 20_000);
    expect(restored.ok && [restored.session.status, viewAt(restored.session, 999999).stepElapsedMs]).toEqual(['paused', 5000]);
  });

  it.each([
    ['text that is not JSON', '{"version":1,', 'the saved workout is damaged (not valid JSON)'],
    ['JSON of another shape', '{"version":3}', 'the saved workout is not in the expected shape (at version)'],
    ['null', 'null', 'the saved workout is not in the expected shape'],
  ])('refuses %s with a reason', (_name, text, reason) => {
    expect(restoreSession(text, 0)).toEqual({ ok: false, reason });
  });

  it('refuses a session whose step is not in its plan', () => {
    const run = new SimulatedSession(planOf(['chest-raise']));
    const text = serializeSession({ ...run.session, stepIndex: 99 });
    expect(restoreSession(text, 0)).toEqual({ ok: false, reason: 'the saved workout is inconsistent: the session is on step 100 of a plan with 3' });
  });

  it('refuses a paused session that has no pause time', () => {
    const run = new SimulatedSession(planOf(['chest-raise']));
    expect(restoreSession(serializeSession({ ...run.session, status: 'paused' }), 0)).toMatchObject({ ok: false });
  });

  it('refuses a session that starts in the future', () => {
    const run = new SimulatedSession(planOf(['chest-raise']), 10 * 60_000);
    expect(restoreSession(serializeSession(run.session), 0)).toEqual({ ok: false, reason: 'the saved workout is inconsistent: it starts in the future' });
  });

  it('refuses a session with a step over an hour', () => {
    const run = new SimulatedSession(planOf(['chest-raise']));
    const steps = run.session.plan.steps.map((step, index) => (index === 0 ? { ...step, durationMs: 3_600_001 } : step));
    const text = serializeSession({ ...run.session, plan: { ...run.session.plan, steps } });
    expect(restoreSession(text, 0)).toEqual({ ok: false, reason: 'the saved workout is inconsistent: a step is longer than an hour' });
  });
});

describe('the session in saved parts', () => {
  it('joins plan, cursor and compact closed log back into the same session', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise', 'chest-raise'])).advanceBy(61_000).send({ type: 'pause' });
    const parts = { plan: run.session.plan, cursor: sessionCursor(run.session), closed: closedLog(run.session).map(compactStepRecord) };
    expect(parts.cursor.closedCount).toBe(parts.closed.length);
    const restored = restoreSessionValue(JSON.parse(JSON.stringify(joinSessionParts(parts.plan, parts.cursor, parts.closed))), 61_000);
    expect(restored).toEqual({ ok: true, session: run.session });
  });

  it('keeps the cursor small whatever the log holds', () => {
    const run = new SimulatedSession(planOf(['quadruped-leg-raise', 'chest-raise', 'quadruped-leg-raise'])).advanceBy(200_000);
    expect(run.session.log.length).toBeGreaterThan(8);
    expect(JSON.stringify(sessionCursor(run.session)).length).toBeLessThan(500);
  });
});
