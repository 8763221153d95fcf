// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EFFECT_LOOKAHEAD_MS } from '../../src/engine/effect-schedule';
import { restoreSession, serializeSession } from '../../src/engine/serialize';
import { advance, start } from '../../src/engine/session';
import type { Effect, Plan, Session, SessionEvent } from '../../src/engine/types';
import { nextWakeAtMs, viewAt } from '../../src/engine/view';
import { actionsArbitrary, actionsWithoutAbandonArbitrary, gapArbitrary, planArbitrary, startAtArbitrary, type TimedAction } from './arbitraries';

const RUNS = { numRuns: 1000 };

interface Run {
  session: Session;
  nowMs: number;
  effects: Effect[];
  /** Times at which a 'back', 'previous-exercise' or 'restart-exercise' changed the session. */
  goBackAtMs: number[];
}

function begin(plan: Plan, startAtMs: number): Run {
  const result = start(plan, startAtMs);
  return { session: result.session, nowMs: startAtMs, effects: [...result.effects], goBackAtMs: [] };
}

function act(run: Run, event: SessionEvent, atMs: number): Run {
  const result = advance(run.session, event, atMs);
  const wentBack = (event.type === 'back' || event.type === 'previous-exercise' || event.type === 'restart-exercise') && result.session !== run.session;
  return { session: result.session, nowMs: atMs, effects: [...run.effects, ...result.effects], goBackAtMs: wentBack ? [...run.goBackAtMs, atMs] : run.goBackAtMs };
}

/** Plays the actions; `onStep` sees each new state and the time until the next action. */
function play(run: Run, actions: readonly TimedAction[], onStep?: (run: Run, nextGapMs: number) => void): Run {
  let current = run;
  actions.forEach(({ gapMs, event }, index) => {
    current = act(current, event, current.nowMs + gapMs);
    onStep?.(current, actions[index + 1]?.gapMs ?? 0);
  });
  return current;
}

/** Resumes if paused and ticks until the plan is done (every plan ends: holds have a cap). */
function toTheEnd(run: Run): Run {
  let current = run.session.status === 'paused' ? act(run, { type: 'resume' }, run.nowMs) : run;
  for (let guard = 0; current.session.status === 'running' && guard < 1000; guard += 1) current = act(current, { type: 'tick' }, current.nowMs + 60000);
  return current;
}

const withoutBookkeeping = ({ effectsScheduledUntilMs: _ignored, ...rest }: Session) => rest;

// 1,000 runs each take 0.3 to 2 s here; the machine is shared, so allow for load rather than flake.
describe('session properties over random routines and random actions at random times', { timeout: 60_000 }, () => {
  it('elapsed time never goes backwards, and remaining time is never negative', () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, actionsArbitrary, (plan, startAtMs, actions) => {
        let lastElapsedMs = 0;
        const problems: string[] = [];
        play(begin(plan, startAtMs), actions, (run, nextGapMs) => {
          // Between two events the player only looks: the view alone must behave too.
          for (const atMs of [run.nowMs, run.nowMs + nextGapMs / 2, run.nowMs + nextGapMs]) {
            const view = viewAt(run.session, atMs);
            if (view.sessionElapsedMs < lastElapsedMs) problems.push(`session elapsed went back to ${view.sessionElapsedMs} at ${atMs}`);
            if ((view.stepRemainingMs ?? 0) < 0 || view.sessionRemainingMs < 0) problems.push(`negative remaining at ${atMs}`);
            if (view.progress < 0 || view.progress > 1) problems.push(`progress ${view.progress} at ${atMs}`);
            lastElapsedMs = view.sessionElapsedMs;
          }
        });
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the elapsed time within a step never goes backwards while the step lasts', () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, actionsWithoutAbandonArbitrary, (plan, startAtMs, actions) => {
        let previous: { key: string; elapsedMs: number } | null = null;
        play(begin(plan, startAtMs), actions, (run) => {
          const view = viewAt(run.session, run.nowMs);
          // The same entry of the same step: the session has not left it, and the view shows it.
          const key = `${run.session.stepIndex}@${run.session.stepStartedAtMs}:${view.step.index}`;
          if (previous?.key === key) expect(view.stepElapsedMs).toBeGreaterThanOrEqual(previous.elapsedMs);
          previous = { key, elapsedMs: view.stepElapsedMs };
        });
      }),
      RUNS,
    );
  });

  it('total session time = step durations + extensions + paused time - skipped remainders', () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, actionsArbitrary, (plan, startAtMs, actions) => {
        const { session } = toTheEnd(play(begin(plan, startAtMs), actions));
        let expectedMs = session.totalPausedMs;
        const negativeRemainders: number[] = [];
        for (const record of session.log) {
          const step = plan.steps[record.stepIndex]!;
          const fullMs = (step.durationMs ?? step.capMs!) + record.extendedMs;
          const remainderMs = record.outcome === 'completed' ? 0 : fullMs - record.activeMs;
          if (remainderMs < 0) negativeRemainders.push(record.stepIndex);
          expectedMs += fullMs - remainderMs;
        }
        expect(negativeRemainders).toEqual([]);
        expect(session.endedAtMs! - session.startedAtMs).toBe(expectedMs);
        const gapsBetweenSteps = session.log.slice(1).filter((record, index) => record.enteredAtMs !== session.log[index]!.leftAtMs);
        expect(gapsBetweenSteps).toEqual([]);
      }),
      RUNS,
    );
  });

  it('every step is entered at most once unless the user goes back', () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, actionsArbitrary, (plan, startAtMs, actions) => {
        const run = toTheEnd(play(begin(plan, startAtMs), actions));
        run.session.log.slice(1).forEach((record, index) => {
          if (record.stepIndex <= run.session.log[index]!.stepIndex) expect(run.goBackAtMs).toContain(record.enteredAtMs);
        });
        if (run.goBackAtMs.length === 0) {
          const entered = run.session.log.map((record) => record.stepIndex);
          expect(new Set(entered).size).toBe(entered.length);
        }
      }),
      RUNS,
    );
  });

  it("'finished' is emitted exactly once, and nothing after it", () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, actionsArbitrary, actionsArbitrary, (plan, startAtMs, actions, after) => {
        const ended = toTheEnd(play(begin(plan, startAtMs), actions));
        const later = play(ended, after);
        expect(later.effects.filter((effect) => effect.type === 'finished')).toHaveLength(1);
        expect(later.effects.length).toBe(ended.effects.length);
        const finished = later.effects.find((effect) => effect.type === 'finished');
        expect(finished?.type === 'finished' && finished.record.completed).toBe(ended.session.status === 'finished');
      }),
      RUNS,
    );
  });

  it('serialize then restore at any moment gives the same future', () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, actionsArbitrary, actionsArbitrary, (plan, startAtMs, before, after) => {
        const atReload = play(begin(plan, startAtMs), before);
        const restored = restoreSession(serializeSession(atReload.session), Number.MAX_SAFE_INTEGER);
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        const original = play({ ...atReload, effects: [] }, after);
        const reloaded = play({ ...atReload, session: restored.session, effects: [] }, after);
        expect(reloaded.session).toEqual(original.session);
        expect(reloaded.effects).toEqual(original.effects);
      }),
      RUNS,
    );
  });

  it('a tick after an arbitrary gap gives the same state as many small ticks over that gap', () => {
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, actionsArbitrary, gapArbitrary, fc.integer({ min: 50, max: 2000 }), (plan, startAtMs, before, gapMs, everyMs) => {
        const from = play(begin(plan, startAtMs), before);
        const endMs = from.nowMs + gapMs;
        const once = act(from, { type: 'tick' }, endMs);
        let small = from;
        for (let atMs = from.nowMs + everyMs; atMs < endMs; atMs += everyMs) small = act(small, { type: 'tick' }, atMs);
        small = act(small, { type: 'tick' }, endMs);
        expect(withoutBookkeeping(once.session)).toEqual(withoutBookkeeping(small.session));
      }),
      RUNS,
    );
  });

  it.each([
    ['the whole lookahead', undefined],
    ['a 500 ms lead (a page in view)', 500],
  ])('a ticker woken at nextWakeAtMs with %s hands over every beep and cue before its time, as a fine ticker does', (_, effectLeadMs) => {
    const timed = (effects: Effect[]) => effects.flatMap((effect) => ('atMs' in effect ? [effect] : []));
    fc.assert(
      fc.property(planArbitrary, startAtArbitrary, (plan, startAtMs) => {
        let woken = begin(plan, startAtMs);
        const emittedAt: number[] = woken.effects.map(() => startAtMs);
        while (woken.session.status === 'running') {
          const wakeAtMs = nextWakeAtMs(woken.session, woken.nowMs, effectLeadMs)!;
          if (wakeAtMs < woken.nowMs || wakeAtMs - woken.nowMs > 1000) expect.fail(`woke at ${wakeAtMs}, now ${woken.nowMs}`);
          const before = woken.effects.length;
          woken = act(woken, { type: 'tick' }, wakeAtMs);
          emittedAt.push(...woken.effects.slice(before).map(() => woken.nowMs));
        }
        let fine = begin(plan, startAtMs);
        while (fine.session.status === 'running') fine = act(fine, { type: 'tick' }, fine.nowMs + 250);
        expect(timed(woken.effects)).toEqual(timed(fine.effects));
        const late = woken.effects.filter((effect, index) => 'atMs' in effect && emittedAt[index]! > effect.atMs);
        expect(late).toEqual([]);
        // Handed over at least the lead ahead, unless it was due that soon after Start.
        const leadMs = effectLeadMs ?? EFFECT_LOOKAHEAD_MS;
        const short = woken.effects.filter((effect, index) => 'atMs' in effect && effect.atMs - emittedAt[index]! < leadMs && effect.atMs - startAtMs >= leadMs);
        expect(short).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
