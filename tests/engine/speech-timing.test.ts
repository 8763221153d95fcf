// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/catalog/schema';
import { compile } from '../../src/engine/compile';
import type { CompileOptions, Phrase, Plan } from '../../src/engine/types';
import { viewAt } from '../../src/engine/view';
import { fixtureExercises, proneReverseFly, quadrupedLegRaise, routineOf } from './fixtures';
import { planOf, say, SimulatedSession, words } from './simulated-clock';

/** A stand-in for the UI's estimate: 400 ms a word of the English words. */
const MS_PER_WORD = 400;
const wordsMs = (phrases: readonly Phrase[]): number => say(phrases).split(/\s+/).filter(Boolean).length * MS_PER_WORD;

/** The fixtures plus a chair exercise (a chair needed, a pillow optional) and a per-side exercise without a switch cue. */
const chairStretch: Exercise = {
  ...proneReverseFly,
  id: 'chair-stretch', name: 'Chair stretch', setup: ['Kneel on a pillow.', 'Place a chair about a metre in front of you.'],
  equipment: [{ id: 'chair', name: 'Chair', optional: false }, { id: 'pillow', name: 'Pillow', optional: true }],
};
const sideLunge: Exercise = {
  ...quadrupedLegRaise,
  id: 'side-lunge', name: 'Side lunge',
  prescription: { ...quadrupedLegRaise.prescription, switch: undefined, sideLabels: undefined },
};
const catalog = { exercisesById: new Map([...fixtureExercises, chairStretch, sideLunge].map((item) => [item.id, item])) };

function planWith(items: Parameters<typeof routineOf>, options?: Partial<CompileOptions>): Plan {
  const result = compile(routineOf(...items), catalog, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('the whole setup is said in get-ready, and there is time to say it', () => {
  it('says every setup cue in order, and without an estimate keeps the set 10 s', () => {
    const plan = planWith(['quadruped-leg-raise']);
    expect([plan.steps[0]?.durationMs, say(plan.steps[0]?.announcement, catalog)]).toEqual([10000, 'Quadruped leg raise. Start with the right leg. Kneel on all fours. Back straight.']);
  });

  it('says only the exercise and side when the setting to read the setup is off', () => {
    const plan = planWith(['quadruped-leg-raise'], { readSetupCues: false });
    expect(say(plan.steps[0]?.announcement, catalog)).toBe('Quadruped leg raise. Start with the right leg.');
  });

  it('lasts as long as its words and the 3-2-1 after them, in whole seconds, so the countdown never talks over the words', () => {
    // 14 words: 5.6 s of words, then 3 s of countdown: 8.6 s, a 10 s get-ready is long enough.
    expect(planWith(['quadruped-leg-raise'], { speechDurationMs: wordsMs }).steps[0]?.durationMs).toBe(10000);
    // At a slow voice (three times the time) the words take 16.8 s: 19.8 s with the countdown, so 20 s.
    const slow = planWith(['quadruped-leg-raise'], { speechDurationMs: (phrases) => wordsMs(phrases) * 3 });
    expect(slow.steps[0]?.durationMs).toBe(20000);
    const run = new SimulatedSession(slow, 0, catalog).advanceBy(20000);
    expect(run.timeline(0, 20000)).toEqual([
      '0 speak "Quadruped leg raise. Start with the right leg. Kneel on all fours. Back straight."',
      '17000 beep countdown', '18000 beep countdown', '19000 beep countdown',
      '20000 beep go', '20000 speak "Bent knee. Lift the leg and bend the knee."', '20000 vibrate 200',
    ]);
  });

  it('shows the setup cues spread over the longer get-ready', () => {
    const slow = planWith(['quadruped-leg-raise'], { speechDurationMs: (phrases) => wordsMs(phrases) * 3 });
    const run = new SimulatedSession(slow, 0, catalog);
    // Two cues over 20 s: the second shows from 10 s (it was 5 s in a 10 s get-ready).
    expect([viewAt(run.session, 9999).currentCueIndex, viewAt(run.session, 10000).currentCueIndex]).toEqual([0, 1]);
  });

  it('keeps a get-ready longer than its words as it was set', () => {
    expect(planWith(['quadruped-leg-raise'], { getReadySeconds: 30, speechDurationMs: wordsMs }).steps[0]?.durationMs).toBe(30000);
  });

  it('treats a broken estimate as no estimate', () => {
    const plan = planWith(['quadruped-leg-raise'], { speechDurationMs: () => Number.NaN });
    expect(plan.steps[0]?.durationMs).toBe(10000);
    const throwing = planWith(['quadruped-leg-raise'], { speechDurationMs: () => { throw new Error('no words'); } });
    expect(throwing.steps[0]?.durationMs).toBe(10000);
  });
});

describe('equipment to fetch', () => {
  it('is said at the start of the rest before the exercise, not again in its get-ready', () => {
    const plan = planWith(['prone-reverse-fly', 'chair-stretch']);
    const rest = plan.steps.find((step) => step.kind === 'rest-between-exercises');
    expect(say(rest?.announcement, catalog)).toBe('Rest. Next: Chair stretch. You need: Chair.');
    const getReady = plan.steps.filter((step) => step.kind === 'get-ready')[1];
    expect(say(getReady?.announcement, catalog)).toBe('Chair stretch. Kneel on a pillow. Place a chair about a metre in front of you.');
  });

  it('is said in the get-ready of the first exercise, and of one with no rest before it', () => {
    expect(say(planWith(['chair-stretch']).steps[0]?.announcement, catalog)).toBe('Chair stretch. You need: Chair. Kneel on a pillow. Place a chair about a metre in front of you.');
    const noRest = planWith([{ exerciseId: 'prone-reverse-fly', restAfterSeconds: 0 }, 'chair-stretch']);
    const getReady = noRest.steps.filter((step) => step.kind === 'get-ready')[1];
    expect(say(getReady?.announcement, catalog)).toMatch(/^Chair stretch\. You need: Chair\./);
  });

  it('is not said for optional equipment only', () => {
    const mat: Exercise = { ...proneReverseFly, equipment: [{ id: 'exercise-mat', name: 'Exercise mat', optional: true }] };
    const result = compile(routineOf('quadruped-leg-raise', 'prone-reverse-fly'), { exercisesById: new Map([[quadrupedLegRaise.id, quadrupedLegRaise], [mat.id, mat]]) });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.plan.steps.flatMap((step) => step.announcement).some((phrase) => 'key' in phrase && phrase.key === 'engine.needEquipment')).toBe(false);
  });
});

describe('the side that starts', () => {
  it('is said in the get-ready of an alternating exercise', () => {
    expect(say(planWith(['diagonal-raise']).steps[0]?.announcement, catalog)).toBe('Diagonal arm and leg raise. Start with the right arm and left leg. Lie face down, arms overhead.');
  });

  it('is said as the side alone when only one side is worked', () => {
    const plan = planWith([{ exerciseId: 'quadruped-leg-raise', overrides: { sides: 'left' } }]);
    expect(say(plan.steps[0]?.announcement, catalog)).toBe('Quadruped leg raise. Left leg. Kneel on all fours. Back straight.');
  });
});

describe('no phrase said twice', () => {
  it('switches with the catalog\'s own cue, or the generic phrase when it has none, never both', () => {
    const switches = planWith(['quadruped-leg-raise', 'side-lunge']).steps.filter((step) => step.kind === 'switch-sides');
    expect(switches.map((step) => say(step.announcement, catalog))).toEqual(['Change legs.', 'Switch to the left side.']);
  });

  it('says no sentence twice in any announcement of the fixtures', () => {
    const plan = planWith([{ exerciseId: 'quadruped-leg-raise', overrides: { sets: 2 } }, 'prone-reverse-fly', 'diagonal-raise', 'chest-raise', 'chair-stretch', 'side-lunge'], { speechDurationMs: wordsMs });
    for (const step of plan.steps) {
      const sentences = say(step.announcement, catalog).split(/(?<=[.!?])\s+/).filter(Boolean).map((sentence) => sentence.toLowerCase());
      expect(new Set(sentences).size, say(step.announcement, catalog)).toBe(sentences.length);
    }
  });
});

describe('rep phases say only what fits', () => {
  it('says everything without an estimate (as before)', () => {
    const reps = planWith(['diagonal-raise']).steps.filter((step) => step.rep === 4 && step.kind === 'work');
    expect(reps.map((step) => say(step.announcement, catalog))).toEqual(['Rep 4 of 10. Right arm and left leg. Raise.', 'Lower.', 'Rep 4 of 10. Left arm and right leg. Raise.', 'Lower.']);
  });

  it('on 1 s phases says the rep number and no phase words; the screen still shows every phase', () => {
    // A slow voice, 800 ms a word; the voice needs 0.25 s to start, so a 1 s phase has 0.75 s for words.
    const plan = planWith(['prone-reverse-fly'], { speechDurationMs: (phrases) => wordsMs(phrases) * 2 });
    const rep4 = plan.steps.filter((step) => step.rep === 4);
    // 1 s raise: nothing fits, the rep number is said anyway; 3 s hold: "Hold." (0.8 s); 1 s lower: nothing.
    expect(rep4.map((step) => [step.durationMs, say(step.announcement, catalog), words(step, catalog).cues])).toEqual([
      [1000, '4.', ['Raise.']], [3000, 'Hold.', ['Hold.']], [1000, '', ['Lower.']],
    ]);
    const run = new SimulatedSession(plan, 0, catalog).advanceBy(10000 + 3 * 5000 + 5000);
    const rep4StartMs = 10000 + 3 * 5000;
    expect(run.timeline(rep4StartMs, rep4StartMs + 4999)).toEqual([
      `${rep4StartMs} beep phase`, `${rep4StartMs} speak "4."`,
      `${rep4StartMs + 1000} beep phase`, `${rep4StartMs + 1000} speak "Hold."`,
      `${rep4StartMs + 4000} beep phase`,
    ]);
  });

  it('says the long rep count and the cue where the phase is long enough', () => {
    const plan = planWith([{ exerciseId: 'prone-reverse-fly', overrides: { holdSeconds: 3 } }], { speechDurationMs: wordsMs, paceFactor: 2 });
    // Paced twice as slow, the raise lasts 2 s: "Rep 4 of 6. Raise." (5 words, 2 s) does not fit in its 1.75 s for words, "4. Raise." (0.8 s) does.
    expect(say(plan.steps.find((step) => step.rep === 4)?.announcement, catalog)).toBe('4. Raise.');
    const slowest = planWith([{ exerciseId: 'prone-reverse-fly' }], { speechDurationMs: () => 100, paceFactor: 2 });
    expect(say(slowest.steps.find((step) => step.rep === 4)?.announcement, catalog)).toBe('Rep 4 of 6. Raise.');
  });
});

describe('"New best" is said when it happens', () => {
  const holdPlan = (bestMs?: number) => planWith(['chest-raise'], bestMs === undefined ? {} : { bestHoldMs: { 'chest-raise': bestMs } });
  const holdSpeech = (plan: Plan) => new SimulatedSession(plan, 0, catalog).advanceBy(10000 + 60000).timeline(10001, 70000).filter((line) => line.includes('speak'));

  it('says "Target reached" at the target when there is no best', () => {
    expect(holdSpeech(holdPlan())).toContain('20000 speak "Target reached. Keep holding if you can."');
    expect(holdSpeech(holdPlan()).some((line) => line.includes('New best'))).toBe(false);
  });

  it('with a best of 0:27 says "New best!" at 0:28 (when the screen shows it), and not "Target reached" at 0:10', () => {
    const plan = holdPlan(27340);
    expect(plan.steps[1]?.bestMs).toBe(27340);
    const speech = holdSpeech(plan);
    expect(speech).toContain('38000 speak "New best!"');
    expect(speech.some((line) => line.includes('Target reached'))).toBe(false);
  });

  it('with a best below the target says "New best!" first, then "Target reached"', () => {
    const speech = holdSpeech(holdPlan(3000));
    expect(speech.filter((line) => line.includes('New best') || line.includes('Target'))).toEqual(['14000 speak "New best!"', '20000 speak "Target reached. Keep holding if you can."']);
  });

  it('says nothing of a best the cap does not let anyone beat', () => {
    expect(holdSpeech(holdPlan(60000)).some((line) => line.includes('New best') || line.includes('Target'))).toBe(false);
  });

  it('in a second set, beats the first set\'s hold when it is longer than the stored best', () => {
    const plan = planWith([{ exerciseId: 'chest-raise', overrides: { sets: 2 } }], { bestHoldMs: { 'chest-raise': 5000 } });
    const run = new SimulatedSession(plan, 0, catalog).advanceBy(10000 + 20500, 500).send({ type: 'done' });
    // The first hold: 20.5 s beat the best of 5 s at 6 s. The rest of 30 s, then the second hold from 61 s.
    expect(run.timeline(16000, 16000)).toEqual(['16000 speak "New best!"']);
    run.advanceBy(30000 + 25000, 500);
    const secondHoldMs = 10000 + 20500 + 30000;
    expect(run.timeline(secondHoldMs + 1, secondHoldMs + 25000).filter((line) => line.includes('New best'))).toEqual([`${secondHoldMs + 21000} speak "New best!"`]);
  });

  it('keeps the plan serialisable', () => {
    const plan = holdPlan(27340);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe('without the new options', () => {
  it('gives the plan it gave before: no step lengthened, no best on the hold', () => {
    const plan = planOf(['prone-reverse-fly', 'chest-raise']);
    expect(plan.steps.filter((step) => step.kind !== 'work').map((step) => step.durationMs)).toEqual([10000, 20000, 10000, 0]);
    expect(plan.steps.find((step) => step.exerciseId === 'chest-raise' && step.kind === 'work')).not.toHaveProperty('bestMs');
  });
});

describe('planning times only (a routine card, a routine page)', () => {
  it('gives every step the same length as the player’s plan, with a fraction of the estimates', () => {
    const items: Parameters<typeof routineOf> = ['quadruped-leg-raise', 'prone-reverse-fly', 'chair-stretch', 'diagonal-raise'];
    let playerEstimates = 0;
    let timesEstimates = 0;
    const player = planWith(items, { speechDurationMs: (phrases) => (playerEstimates += 1, wordsMs(phrases)) });
    const times = planWith(items, { timesOnly: true, speechDurationMs: (phrases) => (timesEstimates += 1, wordsMs(phrases)) });
    expect(times.steps.map((step) => step.durationMs)).toEqual(player.steps.map((step) => step.durationMs));
    expect(times.totalDurationMs).toBe(player.totalDurationMs);
    // Lengthened to the words: more than the settings' own times.
    expect(times.totalDurationMs).toBeGreaterThan(planWith(items).totalDurationMs);
    // The waiting steps' words are still timed; the rep phases' are not tried one by one.
    expect(timesEstimates).toBeGreaterThan(0);
    expect(timesEstimates * 4).toBeLessThan(playerEstimates);
  });
});
