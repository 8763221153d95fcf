// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { viewAt } from '../../src/engine/view';
import { cueWords, planOf, SimulatedSession, words } from './simulated-clock';

// Quadruped leg raise, as in the article: 25 s bent knee, 25 s straight leg, then the other side.
const plan = () => planOf(['quadruped-leg-raise']);

describe('a walk-through of the quadruped leg raise (timed, per side)', () => {
  it('plans get-ready, 25 s, 25 s, a switch, 25 s, 25 s and the finish', () => {
    const steps = plan().steps.map((step) => [step.kind, step.side, words(step).phase, step.durationMs]);
    expect(steps).toEqual([
      ['get-ready', 'right', null, 10000],
      ['work', 'right', 'Bent knee', 25000],
      ['work', 'right', 'Straight leg', 25000],
      ['switch-sides', 'left', null, 5000],
      ['work', 'left', 'Bent knee', 25000],
      ['work', 'left', 'Straight leg', 25000],
      ['finish', null, null, 0],
    ]);
    expect(plan().totalDurationMs).toBe(115000);
  });

  it('beeps, speaks and vibrates at the right millisecond from start to finish', () => {
    const run = new SimulatedSession(plan()).advanceBy(120000);
    expect(run.timeline()).toEqual([
      '0 speak "Quadruped leg raise. Start with the right leg. Kneel on all fours. Back straight."',
      '7000 beep countdown', '8000 beep countdown', '9000 beep countdown',
      '10000 beep go', '10000 speak "Bent knee. Lift the leg and bend the knee."', '10000 vibrate 200',
      '22500 speak "Halfway. Keep changing."',
      '32000 beep countdown', '33000 beep countdown', '34000 beep countdown',
      '35000 beep phase', '35000 speak "Straight leg. Stretch the leg back."',
      '47500 speak "Halfway. Small movements."',
      '57000 beep countdown', '58000 beep countdown', '59000 beep countdown',
      '60000 beep switch', '60000 speak "Change legs."', '60000 vibrate 100,80,100',
      '62000 beep countdown', '63000 beep countdown', '64000 beep countdown',
      '65000 beep go', '65000 speak "Bent knee. Lift the leg and bend the knee."', '65000 vibrate 200',
      '77500 speak "Halfway. Keep changing."',
      '87000 beep countdown', '88000 beep countdown', '89000 beep countdown',
      '90000 beep phase', '90000 speak "Straight leg. Stretch the leg back."',
      '102500 speak "Halfway. Small movements."',
      '112000 beep countdown', '113000 beep countdown', '114000 beep countdown',
      '115000 beep finish', '115000 speak "Workout complete. Well done."', '115000 vibrate 300,120,300',
    ]);
  });

  it('changes step exactly at each deadline and finishes once', () => {
    const run = new SimulatedSession(plan()).advanceBy(120000);
    expect(run.stepChanges()).toEqual(['0: null -> 0', '10000: 0 -> 1', '35000: 1 -> 2', '60000: 2 -> 3', '65000: 3 -> 4', '90000: 4 -> 5', '115000: 5 -> 6']);
    expect(run.ofType('finished')).toHaveLength(1);
    expect(run.session.status).toBe('finished');
    expect(run.session.endedAtMs).toBe(115000);
    expect(run.session.log.map((record) => [record.stepIndex, record.enteredAtMs, record.leftAtMs, record.outcome])).toEqual([
      [0, 0, 10000, 'completed'], [1, 10000, 35000, 'completed'], [2, 35000, 60000, 'completed'],
      [3, 60000, 65000, 'completed'], [4, 65000, 90000, 'completed'], [5, 90000, 115000, 'completed'],
    ]);
  });

  it('keeps the same timeline when the ticks come late and irregularly', () => {
    const regular = new SimulatedSession(plan()).advanceBy(120000);
    const irregular = new SimulatedSession(plan());
    for (const gapMs of [170, 990, 40, 1300, 720, 5, 1000, 610]) irregular.advanceBy(gapMs, 0);
    while (irregular.session.status === 'running') irregular.advanceBy(irregular.nowMs % 3 === 0 ? 1100 : 430, 0);
    expect(irregular.timeline()).toEqual(regular.timeline());
    expect(irregular.session.log).toEqual(regular.session.log);
  });

  it('shows the announced side, the time left and the current cue at chosen moments', () => {
    const run = new SimulatedSession(plan()).advanceBy(22499);
    let view = viewAt(run.session, run.nowMs);
    expect([words(view.step).sideLabel, words(view.step).phase, view.stepRemainingMs, cueWords(view.currentCue)]).toEqual(['Right leg', 'Bent knee', 12501, 'Lift the leg and bend the knee.']);
    run.advanceBy(1);
    view = viewAt(run.session, run.nowMs);
    expect([view.stepRemainingMs, cueWords(view.currentCue), view.sessionElapsedMs, view.sessionRemainingMs]).toEqual([12500, 'Keep changing.', 22500, 92500]);
    run.advanceBy(45000);
    view = viewAt(run.session, run.nowMs);
    expect([view.step.kind, words(view.step).sideLabel, view.stepRemainingMs, words(view.nextStep).sideLabel]).toEqual(['work', 'Left leg', 22500, 'Left leg']);
  });
});
