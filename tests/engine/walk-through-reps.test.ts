// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { viewAt } from '../../src/engine/view';
import { cueWords, planOf, SimulatedSession, words } from './simulated-clock';

describe('a walk-through of the prone reverse fly (6 × raise 1 s, hold 3 s, lower 1 s)', () => {
  it('plans one step per phase of each of the 6 repetitions', () => {
    const work = planOf(['prone-reverse-fly']).steps.filter((step) => step.kind === 'work');
    expect(work).toHaveLength(18);
    expect(work.slice(0, 4).map((step) => [step.rep, step.repCount, words(step).phase, step.durationMs])).toEqual([
      [1, 6, 'Raise', 1000], [1, 6, 'Hold', 3000], [1, 6, 'Lower', 1000], [2, 6, 'Raise', 1000],
    ]);
  });

  it('says the rep count on each raise and the phase word on hold and lower, with a beep at every phase', () => {
    const run = new SimulatedSession(planOf(['prone-reverse-fly'])).advanceBy(45000);
    const expected = ['0 speak "Prone reverse fly. Lie on your stomach."', '7000 beep countdown', '8000 beep countdown', '9000 beep countdown'];
    for (let rep = 1; rep <= 6; rep += 1) {
      const raiseAtMs = 10000 + (rep - 1) * 5000;
      if (rep === 1) expected.push(`${raiseAtMs} beep go`, `${raiseAtMs} speak "Rep 1 of 6. Raise."`, `${raiseAtMs} vibrate 200`);
      else expected.push(`${raiseAtMs} beep phase`, `${raiseAtMs} speak "Rep ${rep} of 6. Raise."`);
      expected.push(`${raiseAtMs + 1000} beep phase`, `${raiseAtMs + 1000} speak "Hold."`, `${raiseAtMs + 4000} beep phase`, `${raiseAtMs + 4000} speak "Lower."`);
    }
    expected.push('40000 beep finish', '40000 speak "Workout complete. Well done."', '40000 vibrate 300,120,300');
    expect(run.timeline()).toEqual(expected);
    expect(run.session.endedAtMs).toBe(40000);
  });

  it('shows "rep 4 of 6, hold" with the right time left in the middle of the fourth hold', () => {
    const run = new SimulatedSession(planOf(['prone-reverse-fly'])).advanceBy(10000 + 3 * 5000 + 1000 + 1200);
    const view = viewAt(run.session, run.nowMs);
    expect([view.step.rep, view.step.repCount, words(view.step).phase, view.stepRemainingMs, cueWords(view.currentCue)]).toEqual([4, 6, 'Hold', 1800, 'Hold.']);
  });

  it('slows every phase down with a pace factor of 1.5', () => {
    const work = planOf(['prone-reverse-fly'], { paceFactor: 1.5 }).steps.filter((step) => step.kind === 'work');
    expect(work.slice(0, 3).map((step) => step.durationMs)).toEqual([1500, 4500, 1500]);
  });
});

describe('a walk-through of the diagonal arm and leg raise (10 per side, alternating)', () => {
  const plan = () => planOf(['diagonal-raise']);

  it('alternates the sides within each repetition, 10 times per side', () => {
    const work = plan().steps.filter((step) => step.kind === 'work');
    expect(work).toHaveLength(40);
    expect(work.slice(0, 5).map((step) => [step.rep, words(step).sideLabel, words(step).phase])).toEqual([
      [1, 'Right arm and left leg', 'Raise'], [1, 'Right arm and left leg', 'Lower'],
      [1, 'Left arm and right leg', 'Raise'], [1, 'Left arm and right leg', 'Lower'],
      [2, 'Right arm and left leg', 'Raise'],
    ]);
    expect(work.filter((step) => step.side === 'left' && step.role === 'raise')).toHaveLength(10);
  });

  it('names the rep and the side on each raise at the exact second', () => {
    const run = new SimulatedSession(plan()).advanceBy(60000);
    const raises = run.timeline().filter((line) => line.includes('Raise'));
    expect(raises).toHaveLength(20);
    expect(raises.slice(0, 3)).toEqual([
      '10000 speak "Rep 1 of 10. Right arm and left leg. Raise."',
      '12000 speak "Rep 1 of 10. Left arm and right leg. Raise."',
      '14000 speak "Rep 2 of 10. Right arm and left leg. Raise."',
    ]);
    expect(raises.at(-1)).toBe('48000 speak "Rep 10 of 10. Left arm and right leg. Raise."');
    expect(run.session.endedAtMs).toBe(50000);
    expect(run.ofType('finished')).toHaveLength(1);
  });

  it('works only the right side when the routine item asks for it', () => {
    const work = planOf([{ exerciseId: 'diagonal-raise', overrides: { sides: 'right' } }]).steps.filter((step) => step.kind === 'work');
    expect(work).toHaveLength(20);
    expect(new Set(work.map((step) => step.side))).toEqual(new Set(['right']));
  });
});
