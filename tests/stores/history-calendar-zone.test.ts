// The device's zone for this file: Node reads TZ again when it changes, before any date here.
process.env.TZ = 'America/New_York';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../src/stores/history-calendar';

describe('the local day in the device’s own zone', () => {
  it('counts a workout at 23:30 in New York for that day, not the UTC one', () => {
    expect(localDayKey(new Date(2026, 0, 15, 23, 30).getTime())).toBe('2026-01-15');
    expect(localDayKey(Date.UTC(2026, 0, 16, 4, 30))).toBe('2026-01-15');
  });

  it('keeps 23:30 on its day on both DST change days in New York', () => {
    expect(localDayKey(new Date(2026, 2, 8, 23, 30).getTime())).toBe('2026-03-08');
    expect(localDayKey(new Date(2026, 10, 1, 23, 30).getTime())).toBe('2026-11-01');
    expect(new Date(2026, 2, 8, 23, 30).getTimezoneOffset()).toBe(240);
  });
});
