import { describe, expect, it } from 'vitest';
import { createHistoryDocument, historyDocumentJson, historyFileName } from '../../../src/shared/history-transfer/history-document';
import { holdsCsv, holdsCsvRecords, HOLDS_CSV_HEADER, workoutsCsv, workoutsCsvRecords, WORKOUTS_CSV_HEADER } from '../../../src/shared/history-transfer/history-csv';
import { renderInSteps } from '../../../src/shared/history-transfer/in-steps';
import { workoutRecord } from '../../stores/history-fixtures';

const START = Date.UTC(2026, 2, 1, 8, 0, 0);
const workouts = Array.from({ length: 7 }, (_, index) => ({
  ...workoutRecord(START + index * 86_400_000, [{ exerciseId: 'prone-chest-raise-t', heldMs: 10_000 + index }]),
  note: `day ${index}, "fine"\nreally`,
}));
const identified = workouts.map((workout) => ({ id: `${workout.startedAtMs}:${workout.routineId}`, workout }));

describe('the history file', () => {
  it('is the versioned envelope, with the rows set aside kept raw', () => {
    const document = createHistoryDocument(workouts, [{ id: 'x', v: 9, data: { future: true } }], new Date(START));
    expect(document).toEqual({ app: 'upright', kind: 'history', version: 1, exportedAt: '2026-03-01T08:00:00.000Z', workouts, setAside: [{ id: 'x', v: 9, data: { future: true } }] });
  });

  it('is the same JSON text built in steps as at once, with workouts or without', async () => {
    const document = createHistoryDocument(workouts, [{ id: 'x', v: 9, data: null }], new Date(START));
    expect(await historyDocumentJson(document)).toBe(JSON.stringify(document));
    const empty = createHistoryDocument([], [], new Date(START));
    expect(await historyDocumentJson(empty)).toBe(JSON.stringify(empty));
  });

  it('builds the CSV tables a few workouts at a time into the same text', async () => {
    const head = (header: readonly string[]) => `${header.join(',')}\r\n`;
    expect(head(WORKOUTS_CSV_HEADER) + (await renderInSteps(identified, workoutsCsvRecords, '', 3))).toBe(workoutsCsv(identified));
    expect(head(HOLDS_CSV_HEADER) + (await renderInSteps(identified, holdsCsvRecords, '', 2))).toBe(holdsCsv(identified));
  });

  it('is named by the local date of the export', () => {
    const exportedAt = new Date(2026, 11, 1, 9, 30);
    expect(historyFileName('history', exportedAt)).toBe('upright-history-2026-12-01.json');
    expect(historyFileName('workouts', exportedAt)).toBe('upright-workouts-2026-12-01.csv');
    expect(historyFileName('holds', exportedAt)).toBe('upright-holds-2026-12-01.csv');
  });
});
