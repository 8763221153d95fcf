/**
 * The history's JSON file: a versioned envelope around the workouts as they are stored, plus the
 * stored rows this Upright could not read (from a newer Upright, or damaged), untouched, so an
 * export never loses anything.
 *
 *   { "app": "upright", "kind": "history", "version": 1, "exportedAt": "2026-…",
 *     "workouts": [ … ], "setAside": [ { "id": "…", "v": 2, "data": … }, … ] }
 *
 * Import reads `workouts` only; the set-aside rows are for a newer Upright (or a person) to read.
 */
import { renderInSteps } from './in-steps';

export const HISTORY_DOCUMENT_APP = 'upright';
export const HISTORY_DOCUMENT_KIND = 'history';
export const HISTORY_DOCUMENT_VERSION = 1;

/** A stored row exactly as it was found, with its format version. */
export interface SetAsideRow {
  readonly id: unknown;
  readonly v: unknown;
  readonly data: unknown;
}

export interface HistoryDocument<W> {
  readonly app: typeof HISTORY_DOCUMENT_APP;
  readonly kind: typeof HISTORY_DOCUMENT_KIND;
  readonly version: typeof HISTORY_DOCUMENT_VERSION;
  readonly exportedAt: string;
  readonly workouts: readonly W[];
  readonly setAside: readonly SetAsideRow[];
}

export function createHistoryDocument<W>(workouts: readonly W[], setAside: readonly SetAsideRow[], exportedAt: Date): HistoryDocument<W> {
  return {
    app: HISTORY_DOCUMENT_APP,
    kind: HISTORY_DOCUMENT_KIND,
    version: HISTORY_DOCUMENT_VERSION,
    exportedAt: exportedAt.toISOString(),
    workouts,
    setAside,
  };
}

/**
 * The document as JSON text, the same as JSON.stringify(document) but built a slice of workouts at a
 * time (src/shared/history-transfer/in-steps.ts), so 10,000 workouts are no single long task.
 */
export async function historyDocumentJson<W>(document: HistoryDocument<W>): Promise<string> {
  const { workouts, setAside, ...envelope } = document;
  const workoutsJson = await renderInSteps(workouts, (slice) => slice.map((workout) => JSON.stringify(workout)).join(','), ',');
  return `${JSON.stringify(envelope).slice(0, -1)},"workouts":[${workoutsJson}],"setAside":${JSON.stringify(setAside)}}`;
}

/** "upright-history-2026-12-01.json", "upright-workouts-2026-12-01.csv", "upright-holds-2026-12-01.csv" (the local date). */
export function historyFileName(kind: 'history' | 'workouts' | 'holds', exportedAt: Date): string {
  const day = `${exportedAt.getFullYear()}-${String(exportedAt.getMonth() + 1).padStart(2, '0')}-${String(exportedAt.getDate()).padStart(2, '0')}`;
  return `upright-${kind}-${day}.${kind === 'history' ? 'json' : 'csv'}`;
}
