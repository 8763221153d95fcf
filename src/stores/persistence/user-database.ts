import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { storageNotices } from '../../shared/storage/storage-notices';
import { monthRows, workoutRowDay } from './day-summary';
import { migrateLocalStorageData } from './legacy-local-migration';

/**
 * The IndexedDB database that holds what the user made: the workout history, personal bests,
 * custom routines and builder drafts. One record per thing, so every change is a small
 * transaction on the stored data, never one tab's memory written over another's.
 *
 * Each row keeps the fields its indexes need at the top and its content as `{ v, data }`: the
 * content's format version and the content, read through that store's VersionedFormat (a row from
 * an older Upright is migrated when read; one from a newer Upright is left alone).
 *
 * When IndexedDB cannot be used (some private modes, a broken profile, a database written by a
 * newer Upright), the same code runs on an in-memory IndexedDB (fake-indexeddb, loaded only then)
 * and the user is told that changes will not be kept.
 */
export const DATABASE_NAME = 'upright';

export interface VersionedRow {
  /** Format version of `data`. */
  readonly v: number;
  readonly data: unknown;
}

export interface WorkoutRow extends VersionedRow {
  /** `${startedAtMs}:${routineId}`: the same workout recorded twice is one row. */
  readonly id: string;
  readonly endedAtMs: number;
  readonly routineId: string;
  /** Every exercise done or held in it, for the by-exercise index (bests, exercise pages). */
  readonly exerciseIds: readonly string[];
}

export interface BestRow extends VersionedRow {
  readonly exerciseId: string;
}

export interface RoutineRow extends VersionedRow {
  readonly id: string;
  /** Sort key of My routines; a copy goes between its original and the next. */
  readonly position: number;
  readonly savedAtMs: number;
  /** Changes at every save: a tab compares it to tell that another tab saved the routine. */
  readonly revision: string;
}

export interface DraftRow extends VersionedRow {
  readonly key: string;
  readonly savedAtMs: number;
}

/**
 * The per-day summary, one row per local month ('YYYY-MM'): `counts[d - 1]` workouts started on
 * day d. Kept in the same transaction as each workout added or deleted, so History's counts and
 * streaks read a few hundred small rows (25 years: 300) instead of every workout; a row per day
 * was measured at 133 ms to read 10,000 of them in Chromium, a row per month at a few ms.
 */
export interface MonthRow {
  readonly month: string;
  readonly counts: readonly number[];
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export interface UprightSchema extends DBSchema {
  workouts: { key: string; value: WorkoutRow; indexes: { byEndedAt: number; byRoutine: string; byExercise: string } };
  bests: { key: string; value: BestRow };
  routines: { key: string; value: RoutineRow };
  drafts: { key: string; value: DraftRow };
  meta: { key: string; value: MetaRow };
  days: { key: string; value: MonthRow };
}

export type UprightDatabase = IDBPDatabase<UprightSchema>;

/** Version 2: the per-day summary, built from the workouts already stored (one cursor pass, once). */
function addDaySummaries(database: UprightDatabase, transaction: IDBTransaction): void {
  database.createObjectStore('days', { keyPath: 'month' });
  const counts = new Map<string, number>();
  const cursorRequest = transaction.objectStore('workouts').openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (cursor) {
      const day = workoutRowDay(cursor.value as WorkoutRow);
      counts.set(day, (counts.get(day) ?? 0) + 1);
      cursor.continue();
      return;
    }
    const days = transaction.objectStore('days');
    for (const row of monthRows(counts)) days.put(row);
  };
}

/**
 * The database's schema migrations, in order: `UPGRADES[i]` takes the database from version i
 * to i + 1. They run in `onupgradeneeded`, inside its transaction, so a failed one changes nothing.
 */
const UPGRADES: readonly ((database: UprightDatabase, transaction: IDBTransaction) => void)[] = [
  (database) => {
    const workouts = database.createObjectStore('workouts', { keyPath: 'id' });
    workouts.createIndex('byEndedAt', 'endedAtMs');
    workouts.createIndex('byRoutine', 'routineId');
    workouts.createIndex('byExercise', 'exerciseIds', { multiEntry: true });
    database.createObjectStore('bests', { keyPath: 'exerciseId' });
    database.createObjectStore('routines', { keyPath: 'id' });
    database.createObjectStore('drafts', { keyPath: 'key' });
    database.createObjectStore('meta', { keyPath: 'key' });
  },
  addDaySummaries,
];

export const DATABASE_VERSION = UPGRADES.length;

export interface OpenedDatabase {
  readonly database: UprightDatabase;
  /** False when running on the in-memory fallback: nothing survives the page. */
  readonly persistent: boolean;
}

const NOTICE_KEY = 'upright:database';

function reportClosed(message: 'notice.database.updatedElsewhere' | 'notice.database.closed'): void {
  storageNotices.report({ key: NOTICE_KEY, message: { key: message }, rawValue: null });
}

/** idb's openDB, but on a given factory, so the memory fallback runs the very same upgrades. */
async function open(factory: IDBFactory): Promise<UprightDatabase> {
  const request = factory.open(DATABASE_NAME, DATABASE_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const database = wrap(request.result) as unknown as UprightDatabase;
    for (let version = event.oldVersion; version < DATABASE_VERSION; version += 1) UPGRADES[version]!(database, request.transaction!);
  });
  const database = (await wrap(request)) as unknown as UprightDatabase;
  database.addEventListener('versionchange', () => {
    // Another tab opens a newer version: let it, and say why this tab stops saving.
    database.close();
    reportClosed('notice.database.updatedElsewhere');
  });
  database.addEventListener('close', () => reportClosed('notice.database.closed'));
  return database;
}

async function openMemoryFallback(): Promise<OpenedDatabase> {
  const { IDBFactory } = await import('fake-indexeddb');
  return { database: await open(new IDBFactory()), persistent: false };
}

/**
 * The page's IndexedDB, read once when this module loads. A page's never changes; a test file gets
 * its own (tests/setup.ts), so a write one file left running still lands in that file's database
 * when it opens late, never in the next file's.
 */
const pageIndexedDB: IDBFactory | null = typeof indexedDB === 'undefined' ? null : indexedDB;

async function openWithFallback(): Promise<OpenedDatabase> {
  try {
    if (pageIndexedDB === null) throw new Error('no IndexedDB');
    return { database: await open(pageIndexedDB), persistent: true };
  } catch (error) {
    const newer = error instanceof DOMException && error.name === 'VersionError';
    storageNotices.report({
      key: NOTICE_KEY,
      message: { key: newer ? 'notice.database.newer' : 'notice.storage.blocked' },
      rawValue: null,
    });
    return openMemoryFallback();
  }
}

let opened: Promise<OpenedDatabase> | null = null;

/**
 * The database, opened once per page. The data an older Upright kept in localStorage is moved
 * in before anyone reads it (legacy-local-migration.ts).
 */
export function userDatabase(): Promise<OpenedDatabase> {
  opened ??= openWithFallback().then(async (result) => {
    await migrateLocalStorageData(result);
    return result;
  });
  return opened;
}

/** For tests: close and forget the connection, as a page reload does. */
export async function closeUserDatabaseForTests(): Promise<void> {
  const current = opened;
  opened = null;
  if (current) (await current.catch(() => null))?.database.close();
}
