import { storageNotices } from '../../shared/storage/storage-notices';

/**
 * localStorage that never throws. In private mode, with storage disabled or full, reads and
 * writes fall back to memory: the workout goes on, and the user is told once that changes will
 * not survive a reload.
 */
export interface SafeStorage {
  getItem(key: string): string | null;
  /** True when the value reached the browser's storage; false when it is kept in memory only. */
  setItem(key: string, value: string): boolean;
  removeItem(key: string): void;
}

const memory = new Map<string, string>();

function backing(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is blocked.
    return null;
  }
}

function reportUnavailable(reason: 'blocked' | 'full'): void {
  storageNotices.report({ key: 'storage', message: { key: reason === 'full' ? 'notice.storage.full' : 'notice.storage.blocked' }, rawValue: null });
}

export const safeStorage: SafeStorage = {
  getItem(key) {
    const storage = backing();
    if (!storage) return memory.get(key) ?? null;
    try {
      return storage.getItem(key) ?? memory.get(key) ?? null;
    } catch {
      return memory.get(key) ?? null;
    }
  },
  setItem(key, value) {
    memory.set(key, value);
    const storage = backing();
    if (!storage) {
      reportUnavailable('blocked');
      return false;
    }
    try {
      storage.setItem(key, value);
      memory.delete(key);
      return true;
    } catch (error) {
      const full = error instanceof DOMException && /quota/i.test(error.name + error.message);
      reportUnavailable(full ? 'full' : 'blocked');
      return false;
    }
  },
  removeItem(key) {
    memory.delete(key);
    try {
      backing()?.removeItem(key);
    } catch {
      // Nothing to do: the memory copy is gone, which is what a reader sees.
    }
  },
};
