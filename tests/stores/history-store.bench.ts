import * as v from 'valibot';
import { bench, describe } from 'vitest';
import type { SessionRecord } from '../../src/engine/types';
import { appendRecord, decodeRecords, EMPTY_STORED_HISTORY, storedHistorySchema, type StoredHistory } from '../../src/stores/history-compact-form';

/** A realistic finished workout: five exercises, two max-holds. */
function record(index: number): SessionRecord {
  return {
    routineId: index % 3 ? 'lower-back-full' : 'upper-back',
    routineName: index % 3 ? 'Full lower back' : 'Upper back',
    startedAtMs: 1_700_000_000_000 + index * 86_400_000,
    endedAtMs: 1_700_000_620_000 + index * 86_400_000,
    activeMs: 600_000,
    pausedMs: 20_000,
    completed: index % 7 !== 0,
    stepsDone: 150,
    stepsSkipped: 2,
    stepsExtended: 1,
    exercisesDone: ['quadruped-leg-raise', 'back-stretch-countermovement', 'pelvic-lift', 'prone-chest-raise-t', 'diagonal-arm-leg-raise'],
    exercisesSkipped: [],
    maxHolds: [
      { exerciseId: 'prone-chest-raise-t', side: null, heldMs: 20_000 + (index % 500) * 37 },
      { exerciseId: 'prone-chest-raise-t', side: null, heldMs: 18_000 + (index % 300) * 41 },
    ],
  };
}

let tenThousand: StoredHistory = EMPTY_STORED_HISTORY;
for (let index = 0; index < 10_000; index += 1) tenThousand = appendRecord(tenThousand, record(index));
const saved = JSON.stringify({ state: tenThousand, version: 1 });
console.log(`10,000 workouts take ${(saved.length / 1e6).toFixed(2)} million characters of storage (${(saved.length / 10_000).toFixed(0)} per workout).`);

describe('the history with 10,000 workouts', () => {
  bench('record one more workout and write the whole history as JSON', () => {
    JSON.stringify({ state: appendRecord(tenThousand, record(10_000)), version: 1 });
  });

  bench('load it at start-up: parse, validate every record, decode', () => {
    const parsed = JSON.parse(saved) as { state: unknown };
    const result = v.safeParse(storedHistorySchema, parsed.state);
    if (!result.success) throw new Error('the saved history did not validate');
    decodeRecords(result.output);
  });
});
