import * as v from 'valibot';
import type { MessageKey } from '../../shared/i18n/i18n';
import { storageNotices } from '../../shared/storage/storage-notices';
import { routineSchema } from '../../catalog/schema';
import { savedDraftSchema } from '../formats/draft-format';
import { decodeRecords, storedHistorySchema } from '../formats/legacy-history-form';
import { routineFormat } from '../formats/routine-format';
import { draftFormat } from '../formats/draft-format';
import { bestFormat, bestRow, workoutRow, type PersonalBest } from '../formats/workout-format';
import { countInDay, workoutRowDay } from './day-summary';
import { backupKey } from './persisted-value';
import { safeStorage } from './safe-storage';
import type { DraftRow, OpenedDatabase, RoutineRow, WorkoutRow } from './user-database';
import { decodeVersioned, defineFormat } from './versioned-format';

/**
 * Moves what Upright 0.1 kept in localStorage (history, custom routines, builder drafts) into
 * IndexedDB, once. The order is what keeps it safe: copy everything in one transaction, read it
 * back and check it, and only then remove the old keys. If anything fails, the old data stays
 * where it was, the user is told, and the next start tries again. Copying is idempotent (rows
 * are keyed by what they are), so a second try or two tabs starting at once never double a
 * workout.
 */
export const LEGACY_KEYS = { history: 'upright:history', routines: 'upright:custom-routines', drafts: 'upright:routine-drafts' } as const;

const legacyFormats = {
  history: defineFormat({ version: 1, schema: storedHistorySchema, migrations: [] }),
  routines: defineFormat({ version: 1, schema: v.object({ routines: v.array(routineSchema) }), migrations: [] }),
  drafts: defineFormat({ version: 1, schema: v.object({ drafts: v.record(v.pipe(v.string(), v.maxLength(200)), savedDraftSchema) }), migrations: [] }),
};

const unreadableMessages = {
  history: 'notice.migration.historyUnreadable',
  routines: 'notice.migration.routinesUnreadable',
  drafts: 'notice.migration.draftsUnreadable',
} as const satisfies Record<keyof typeof LEGACY_KEYS, MessageKey>;

interface Rows {
  readonly workouts: WorkoutRow[];
  readonly bests: PersonalBest[];
  readonly routines: Omit<RoutineRow, 'position'>[];
  readonly drafts: DraftRow[];
}

type LegacyKind = keyof typeof LEGACY_KEYS;

const COPY_BATCH_SIZE = 500;

/** The legacy value of `kind`, decoded; null when absent or unusable (then reported and set aside). */
function readLegacy<K extends LegacyKind>(kind: K): v.InferOutput<(typeof legacyFormats)[K]['schema']> | null {
  const key = LEGACY_KEYS[kind];
  const raw = safeStorage.getItem(key);
  if (raw === null) return null;
  let decoded: ReturnType<typeof decodeVersioned>;
  try {
    const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
    decoded = decodeVersioned(legacyFormats[kind] as never, parsed.version, parsed.state);
  } catch {
    decoded = { kind: 'unreadable', detail: 'not JSON' };
  }
  if (decoded.kind === 'ok') return decoded.value as never;
  if (decoded.kind === 'newer') return null; // Not ours to touch.
  // Kept for download, then out of the way so it is not tried at every start.
  safeStorage.setItem(backupKey(key), raw);
  safeStorage.removeItem(key);
  storageNotices.report({ key, message: { key: unreadableMessages[kind] }, rawValue: raw });
  return null;
}

function collectRows(nowMs: number): { rows: Rows; keys: LegacyKind[] } {
  const keys: LegacyKind[] = [];
  const rows: Rows = { workouts: [], bests: [], routines: [], drafts: [] };
  const history = readLegacy('history');
  if (history) {
    keys.push('history');
    rows.workouts.push(...decodeRecords(history).map(workoutRow));
    rows.bests.push(...Object.values(history.bestHoldByExercise));
  }
  const routines = readLegacy('routines');
  if (routines) {
    keys.push('routines');
    rows.routines.push(...routines.routines.map((routine) => ({ id: routine.id, savedAtMs: nowMs, revision: `migrated-${nowMs}`, v: routineFormat.version, data: routine })));
  }
  const drafts = readLegacy('drafts');
  if (drafts) {
    keys.push('drafts');
    rows.drafts.push(...Object.entries(drafts.drafts).map(([key, saved]) => ({ key, savedAtMs: nowMs, v: draftFormat.version, data: saved })));
  }
  return { rows, keys };
}

async function copyIn({ database }: OpenedDatabase, rows: Rows): Promise<void> {
  const tx = database.transaction(['workouts', 'bests', 'routines', 'drafts', 'days'], 'readwrite');
  const [workouts, bests, routines, drafts, days] = [tx.objectStore('workouts'), tx.objectStore('bests'), tx.objectStore('routines'), tx.objectStore('drafts'), tx.objectStore('days')];
  // In batches: issuing 10,000 puts at once held the main thread for 1.5 s in Chromium; awaiting
  // each batch lets the page breathe between them and keeps the transaction alive.
  for (let start = 0; start < rows.workouts.length; start += COPY_BATCH_SIZE) {
    // A row already there (an earlier try got this far) is in the per-day summary already.
    const batch = rows.workouts.slice(start, start + COPY_BATCH_SIZE);
    const known = await Promise.all(batch.map((row) => workouts.getKey(row.id)));
    await Promise.all(batch.map((row) => workouts.put(row)));
    for (const [index, row] of batch.entries()) if (known[index] === undefined) await countInDay(days, workoutRowDay(row), 1);
  }
  for (const best of rows.bests) {
    const stored = await bests.get(best.exerciseId);
    const current = stored ? decodeVersioned(bestFormat, stored.v, stored.data) : null;
    if (current?.kind === 'ok' && current.value.heldMs >= best.heldMs) continue;
    if (current?.kind === 'newer') continue;
    await bests.put(bestRow(best));
  }
  const existingRoutines = await routines.getAll();
  let position = Math.max(0, ...existingRoutines.map((row) => row.position));
  for (const row of rows.routines) {
    // Already there: an earlier try got this far, or the user has edited it since.
    if (existingRoutines.some((existing) => existing.id === row.id)) continue;
    position += 1;
    await routines.put({ ...row, position });
  }
  for (const row of rows.drafts) if (!(await drafts.get(row.key))) await drafts.put(row);
  await tx.done;
}

async function everythingIsThere({ database }: OpenedDatabase, rows: Rows): Promise<boolean> {
  const tx = database.transaction(['workouts', 'routines', 'drafts'], 'readonly');
  const [workoutIds, routineIds, draftKeys] = (await Promise.all([tx.objectStore('workouts').getAllKeys(), tx.objectStore('routines').getAllKeys(), tx.objectStore('drafts').getAllKeys()])).map(
    (keys) => new Set<string>(keys),
  );
  await tx.done;
  return rows.workouts.every((row) => workoutIds!.has(row.id)) && rows.routines.every((row) => routineIds!.has(row.id)) && rows.drafts.every((row) => draftKeys!.has(row.key));
}

async function migrate(opened: OpenedDatabase, nowMs: number): Promise<void> {
  const { rows, keys } = collectRows(nowMs);
  if (keys.length === 0) return;
  try {
    await copyIn(opened, rows);
    if (!(await everythingIsThere(opened, rows))) throw new Error('read-back check failed');
  } catch (error) {
    if (import.meta.env.DEV) console.warn('[storage] moving localStorage data failed', error);
    storageNotices.report({
      key: 'upright:migration',
      message: { key: 'notice.migration.failed' },
      rawValue: null,
    });
    return;
  }
  // On the memory fallback the copy dies with the page: keep the originals for the next start.
  if (opened.persistent) for (const kind of keys) safeStorage.removeItem(LEGACY_KEYS[kind]);
}

/** Runs the move under a Web Lock where there is one, so two tabs starting at once take turns. */
export async function migrateLocalStorageData(opened: OpenedDatabase, nowMs = Date.now()): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) await locks.request('upright:migration', () => migrate(opened, nowMs));
  else await migrate(opened, nowMs);
}
