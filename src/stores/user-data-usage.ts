import { userDatabase } from './persistence/user-database';

/** What Settings shows about the user's stored data. */
export interface UserDataUsage {
  readonly workoutCount: number;
  readonly routineCount: number;
  /** Bytes the database takes, as the browser reports it (or as counted here where it does not). */
  readonly databaseBytes: number;
  /** 'persistent': the browser keeps it until the user deletes it; 'best-effort': it may clear it when space runs low; 'memory': storage is blocked, nothing survives the page. */
  readonly durability: 'persistent' | 'best-effort' | 'memory';
}

interface ChromiumEstimate extends StorageEstimate {
  readonly usageDetails?: { readonly indexedDB?: number };
}

/** Counting the rows' JSON is the fallback where the browser gives no per-database figure. */
async function countedBytes(): Promise<number> {
  const { database } = await userDatabase();
  const [workouts, routines, drafts] = await Promise.all([database.getAll('workouts'), database.getAll('routines'), database.getAll('drafts')]);
  return [workouts, routines, drafts].reduce((sum, rows) => sum + JSON.stringify(rows).length, 0);
}

export async function measureUserData(): Promise<UserDataUsage> {
  const { database, persistent } = await userDatabase();
  const [workoutCount, routineCount] = await Promise.all([database.count('workouts'), database.count('routines')]);
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const estimate = (await storage?.estimate?.().catch(() => undefined)) as ChromiumEstimate | undefined;
  const databaseBytes = persistent && estimate?.usageDetails?.indexedDB !== undefined ? estimate.usageDetails.indexedDB : await countedBytes();
  const persisted = persistent ? ((await storage?.persisted?.().catch(() => false)) ?? false) : false;
  return { workoutCount, routineCount, databaseBytes, durability: !persistent ? 'memory' : persisted ? 'persistent' : 'best-effort' };
}
