// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { compile } from '../../src/engine/compile';
import type { Plan } from '../../src/engine/types';
import { viewAt } from '../../src/engine/view';
import { prescriptionText } from '../../src/shared/i18n/engine-text';
import { translate } from '../../src/shared/i18n/i18n';
import { SimulatedSession, words } from './simulated-clock';

function planFor(routineId: string): Plan {
  const routine = catalog.routinesById.get(routineId);
  if (!routine) throw new Error(`no routine ${routineId}`);
  const result = compile(routine, catalog);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('the shipped routines', () => {
  it.each(catalog.routines.map((routine) => [routine.id]))('%s compiles to a plan that ends with the finish', (routineId) => {
    const plan = planFor(routineId);
    expect(plan.steps.at(-1)?.kind).toBe('finish');
    expect(plan.outline).toHaveLength(catalog.routinesById.get(routineId)!.items.length);
    expect(plan.totalDurationMs).toBe(plan.outline.reduce((sum, item) => sum + item.durationMs, 0));
  });

  it('runs the lower-back routine from start to finish, switching the quadruped leg raise after 2 × 25 s', () => {
    const run = new SimulatedSession(planFor('lower-back-full'), 0, catalog);
    run.advanceBy(59999);
    const straight = viewAt(run.session, run.nowMs);
    expect([straight.step.kind, words(straight.step, catalog).phase, words(straight.step, catalog).sideLabel, straight.stepRemainingMs]).toEqual(['work', 'Straight leg', 'Right leg', 1]);
    expect(straight.step).toMatchObject({ role: 'straight-leg', side: 'right', partIndex: 1 });
    run.advanceBy(1);
    const switching = viewAt(run.session, run.nowMs);
    expect([switching.step.kind, words(switching.step, catalog).sideLabel, switching.stepRemainingMs]).toEqual(['switch-sides', 'Left leg', 5000]);
    expect(run.timeline(60000, 60000)).toEqual(['60000 beep switch', '60000 speak "Switch to the other leg."', '60000 vibrate 100,80,100']);
    // Through the rest of the routine, ending each chest-raise hold 2 s past its target.
    while (run.session.status === 'running') {
      const view = viewAt(run.session, run.nowMs);
      if (view.step.durationMs === null && view.stepElapsedMs >= (view.step.targetMs ?? 0) + 2000) run.send({ type: 'done' });
      else run.advanceBy(250, 0);
    }
    const finished = run.ofType('finished');
    expect(finished).toHaveLength(1);
    expect(finished[0]!.record).toMatchObject({
      completed: true,
      stepsSkipped: 0,
      exercisesDone: ['quadruped-leg-raise', 'back-stretch-countermovement', 'pelvic-lift', 'prone-chest-raise-t', 'diagonal-arm-leg-raise'],
      maxHolds: [{ exerciseId: 'prone-chest-raise-t', side: null, heldMs: 7000 }, { exerciseId: 'prone-chest-raise-t', side: null, heldMs: 7000 }],
    });
    // Every hold ran 2 s past its target; everything else exactly as planned.
    expect(run.session.endedAtMs).toBe(run.session.plan.totalDurationMs + 2 * 2000);
  });

  it('counts the reverse fly repetitions of the upper-back routine', () => {
    const run = new SimulatedSession(planFor('upper-back'), 0, catalog);
    const fly = catalog.exercisesById.get('prone-reverse-fly')!;
    expect(prescriptionText(run.session.plan.outline[0]!.prescription, translate, 'en', catalog)).toBe(`2 sets of 6 × raise 2 s, hold 3 s, lower 2 s`);
    run.advanceBy(10000 + 3 * 7000 + 2000 + 1500);
    const view = viewAt(run.session, run.nowMs);
    expect([words(view.step, catalog).exerciseName, view.step.rep, view.step.repCount, words(view.step, catalog).phase, view.step.role, view.stepRemainingMs]).toEqual([fly.name, 4, 6, 'Hold', 'hold', 1500]);
    expect(run.timeline(31000, 31000)).toEqual(['31000 beep phase', '31000 speak "Rep 4 of 6. Raise arms and head."']);
  });
});
