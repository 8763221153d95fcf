import { describe, expect, it } from 'vitest';
import { csvField, guardFormula, toCsv } from '../../../src/shared/history-transfer/csv';
import { HOLDS_CSV_HEADER, WORKOUTS_CSV_HEADER, holdsCsv, workoutsCsv, type IdentifiedWorkout } from '../../../src/shared/history-transfer/history-csv';
import { isoWithOffset } from '../../../src/shared/history-transfer/iso-date';
import { workoutRecord } from '../../stores/history-fixtures';

const START = Date.UTC(2026, 2, 1, 8, 0, 0);

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Lower back')).toBe('Lower back');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, and doubles the quotes inside one', () => {
    expect(csvField('slow, then fast')).toBe('"slow, then fast"');
    expect(csvField('the "easy" one')).toBe('"the ""easy"" one"');
  });

  it('quotes a note that holds line breaks, keeping them', () => {
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y'], [2, null]])).toBe('a,b\r\n1,"x,y"\r\n2,\r\n');
  });
});

describe('the formula guard', () => {
  it.each(['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR'])('puts a quote mark before %j', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it('leaves other texts alone, a formula sign later in the text too', () => {
    expect(guardFormula('Back = better')).toBe('Back = better');
    expect(guardFormula('')).toBe('');
  });
});

describe('ISO 8601 with the local offset', () => {
  it('writes the local time and its offset', () => {
    expect(isoWithOffset(START, 60)).toBe('2026-03-01T09:00:00+01:00');
    expect(isoWithOffset(START, -330)).toBe('2026-03-01T02:30:00-05:30');
    expect(isoWithOffset(START, 0)).toBe('2026-03-01T08:00:00+00:00');
  });

  it('by default uses the offset this device had at that instant', () => {
    const offset = -new Date(START).getTimezoneOffset();
    expect(Date.parse(isoWithOffset(START))).toBe(START);
    expect(isoWithOffset(START)).toBe(isoWithOffset(START, offset));
  });
});

function identified(note?: string): IdentifiedWorkout {
  const workout = {
    ...workoutRecord(START, [
      { exerciseId: 'prone-chest-raise-t', heldMs: 20_500 },
      { exerciseId: 'prone-chest-raise-t', heldMs: 120_000, capReached: true },
    ]),
    routineName: '=cmd|calc',
    rating: 'too-hard',
    ...(note === undefined ? {} : { note }),
  };
  return { id: `${START}:lower-back-full`, workout: { ...workout, maxHolds: [workout.maxHolds[0]!, { ...workout.maxHolds[1]!, capConfirmed: true }] } };
}

describe('the history tables', () => {
  it('has a header and one row per workout, with the note escaped and guarded', () => {
    const csv = workoutsCsv([identified('Felt "good",\nback a bit stiff'), identified()]);
    const records = csv.split('\r\n');
    expect(records[0]).toBe(WORKOUTS_CSV_HEADER.join(','));
    const offset = isoWithOffset(START).slice(-6);
    expect(csv).toContain(`${START}:lower-back-full,lower-back-full,'=cmd|calc,${isoWithOffset(START)},${isoWithOffset(START + 600_000)},600,600,0,true,quadruped-leg-raise,,20,0,too-hard,"Felt ""good"",\nback a bit stiff"\r\n`);
    expect(offset).toMatch(/^[+-]\d\d:\d\d$/);
    expect(csv.endsWith(',too-hard,\r\n')).toBe(true);
  });

  it('has one row per hold with its set number, time in seconds, cap and confirmation', () => {
    expect(holdsCsv([identified()])).toBe(
      `${HOLDS_CSV_HEADER.join(',')}\r\n` +
        `${START}:lower-back-full,prone-chest-raise-t,,1,20.5,false,false\r\n` +
        `${START}:lower-back-full,prone-chest-raise-t,,2,120,true,true\r\n`,
    );
  });

  it('is only the header when there is nothing to export', () => {
    expect(workoutsCsv([])).toBe(`${WORKOUTS_CSV_HEADER.join(',')}\r\n`);
  });
});
