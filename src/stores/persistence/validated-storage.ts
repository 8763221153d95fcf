import * as v from 'valibot';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { safeStorage } from './safe-storage';
import { storageNotices } from './storage-notices';

/** Where an unreadable value is kept, so the user can download it from the notice. */
export const backupKey = (key: string) => `${key}:unreadable-backup`;

export interface ValidatedStorageOptions<T> {
  /** Schema of the persisted state (the `partialize`d part). */
  readonly schema: v.GenericSchema<unknown, T>;
  /** The current version; a stored value of another version is reset unless `migrate` handles it. */
  readonly version: number;
  /** What the data is, for the notice: "Your settings". */
  readonly label: string;
  /** Turns an older version into the current shape, or returns null when it cannot. */
  readonly migrate?: (state: unknown, fromVersion: number) => unknown;
}

/**
 * A zustand `PersistStorage` that validates what comes back from storage (an edge: anything may
 * be there). A value that does not parse, fails the schema, or is of an unknown version is not
 * used: the store keeps its defaults, the raw value is backed up for export, and a notice says
 * what was reset. Writes go through safeStorage, so a full or blocked storage never throws.
 */
export function validatedStorage<T>(options: ValidatedStorageOptions<T>): PersistStorage<T> {
  const reject = (key: string, raw: string, why: string): null => {
    safeStorage.setItem(backupKey(key), raw);
    storageNotices.report({ key, message: `${options.label} could not be read (${why}) and were reset to the defaults.`, rawValue: raw });
    return null;
  };

  return {
    getItem(key) {
      const raw = safeStorage.getItem(key);
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return reject(key, raw, 'the saved data is damaged');
      }
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
        return reject(key, raw, 'the saved data is damaged');
      }
      const stored = parsed as { state: unknown; version?: unknown };
      let state = stored.state;
      const version = typeof stored.version === 'number' ? stored.version : 0;
      if (version !== options.version) {
        const migrated = options.migrate?.(state, version) ?? null;
        if (migrated === null) return reject(key, raw, `it is from another version of the app (${version})`);
        state = migrated;
      }
      const result = v.safeParse(options.schema, state);
      if (!result.success) {
        const issue = result.issues[0];
        const where = issue ? v.getDotPath(issue) : null;
        return reject(key, raw, `${where ? `${where} ` : ''}${issue?.message ?? 'invalid'}`);
      }
      return { state: result.output, version: options.version } satisfies StorageValue<T>;
    },
    setItem(key, value) {
      safeStorage.setItem(key, JSON.stringify(value));
    },
    removeItem(key) {
      safeStorage.removeItem(key);
    },
  };
}
