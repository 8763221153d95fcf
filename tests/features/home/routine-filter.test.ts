import { describe, expect, it } from 'vitest';
import { durationBucketOf, emptyRoutineFilter, routineMatches } from '../../../src/features/home/routine-filter';
import { filterFromParams, paramsFromFilter } from '../../../src/features/home/routine-filter-params';
import { NO_EQUIPMENT } from '../../../src/shared/ui/equipment-choice';
import type { RoutineSummary } from '../../../src/shared/ui/routine-card';

const minutes = (count: number) => count * 60_000;

const summary = (overrides: Partial<RoutineSummary>): RoutineSummary => ({
  id: 'r',
  name: 'R',
  purpose: 'p',
  region: 'lumbar',
  level: 'beginner',
  durationMs: minutes(5),
  equipment: [],
  exerciseNames: ['A'],
  ...overrides,
});

describe('the duration filter', () => {
  it('puts a routine in the bucket of the minutes its card shows', () => {
    expect(durationBucketOf(minutes(9) + 29_000)).toBe('under-10');
    // Shown as "10 min", so it must not be listed under "Under 10 min".
    expect(durationBucketOf(minutes(9) + 31_000)).toBe('10-20');
    expect(durationBucketOf(minutes(20))).toBe('10-20');
    expect(durationBucketOf(minutes(21))).toBe('over-20');
  });

  it('hides a routine whose duration is unknown once a duration is picked', () => {
    const unknown = summary({ durationMs: null });
    expect(routineMatches(unknown, emptyRoutineFilter)).toBe(true);
    expect(routineMatches(unknown, { ...emptyRoutineFilter, durations: ['under-10'] })).toBe(false);
  });
});

describe('the equipment filter', () => {
  const withChair = summary({ equipment: [{ id: 'chair', name: 'Chair', optional: false }] });
  const withOptionalMat = summary({ equipment: [{ id: 'mat', name: 'Mat', optional: true }] });

  it('with "no equipment" keeps only routines that need nothing', () => {
    const filter = { ...emptyRoutineFilter, equipment: [NO_EQUIPMENT] };
    expect(routineMatches(withChair, filter)).toBe(false);
    expect(routineMatches(withOptionalMat, filter)).toBe(true);
  });

  it('with a chair keeps routines that need a chair or nothing at all', () => {
    const filter = { ...emptyRoutineFilter, equipment: ['chair'] };
    expect(routineMatches(withChair, filter)).toBe(true);
    expect(routineMatches(withOptionalMat, filter)).toBe(true);
  });
});

describe('filters across groups', () => {
  it('narrow the result, while several values in one group widen it', () => {
    const upperBeginner = summary({ region: 'thoracic', level: 'beginner' });
    expect(routineMatches(upperBeginner, { ...emptyRoutineFilter, regions: ['thoracic', 'full'] })).toBe(true);
    expect(routineMatches(upperBeginner, { ...emptyRoutineFilter, regions: ['thoracic'], levels: ['advanced'] })).toBe(false);
  });
});

describe('filters in the address', () => {
  it('survive a round trip through the query string', () => {
    const filter = { regions: ['thoracic', 'full'] as const, levels: ['beginner'] as const, durations: ['10-20'] as const, equipment: ['chair'] };
    const params = new URLSearchParams(paramsFromFilter(filter).toString());
    expect(filterFromParams(params, ['none', 'chair'])).toEqual(filter);
  });

  it('drop values the app does not know, so a mangled link still opens', () => {
    const params = new URLSearchParams('region=thoracic,moon&level=expert&duration=forever&equipment=chair,anvil');
    expect(filterFromParams(params, ['none', 'chair'])).toEqual({ regions: ['thoracic'], levels: [], durations: [], equipment: ['chair'] });
  });
});
