// @vitest-environment node
// Figures, not pass/fail: `npx vitest bench --run --config tests/vitest.config.ts tests/engine`.
import { bench, describe } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { compile } from '../../src/engine/compile';
import { advance, start } from '../../src/engine/session';
import type { Plan, Session } from '../../src/engine/types';
import { nextWakeAtMs, viewAt } from '../../src/engine/view';
import { fixtureCatalog, routineOf } from './fixtures';

// 200 items fit the 500-step limit as get-ready + one hold each, without rests (401 steps).
const twoHundredItems = routineOf(...Array.from({ length: 200 }, (_, index) => ({ exerciseId: 'chest-raise', overrides: { holdSeconds: 5 + (index % 20) } })));
const checked = compile(twoHundredItems, fixtureCatalog, { restSeconds: 0 });
if (!checked.ok) throw new Error(`the benchmark routine does not compile: ${checked.error.message}`);

const fullBack = compile(catalog.routinesById.get('full-back')!, catalog);
if (!fullBack.ok) throw new Error(fullBack.error.message);
const fullBackPlan: Plan = fullBack.plan;

describe('compile', () => {
  bench(`a 200-item routine (${checked.plan.steps.length} steps)`, () => {
    compile(twoHundredItems, fixtureCatalog, { restSeconds: 0 });
  });
});

describe('100,000 ticks', () => {
  bench('tick every 10 ms through the full-back routine (restarting at the end)', () => {
    let session: Session = start(fullBackPlan, 0).session;
    let nowMs = 0;
    for (let tickCount = 0; tickCount < 100_000; tickCount += 1) {
      nowMs += 10;
      session = advance(session, { type: 'tick' }, nowMs).session;
      if (session.status !== 'running') session = start(fullBackPlan, nowMs).session;
    }
  }, { iterations: 5 });

  bench('the player loop: tick + viewAt + nextWakeAtMs, 100,000 times at the wake times', () => {
    let session: Session = start(fullBackPlan, 0).session;
    let nowMs = 0;
    for (let tickCount = 0; tickCount < 100_000; tickCount += 1) {
      nowMs = nextWakeAtMs(session, nowMs) ?? nowMs + 1000;
      session = advance(session, { type: 'tick' }, nowMs).session;
      viewAt(session, nowMs);
      if (session.status !== 'running') session = start(fullBackPlan, nowMs).session;
    }
  }, { iterations: 3 });
});
