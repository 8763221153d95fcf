import type { MessageKey } from '../../shared/i18n/i18n';
import { storageNotices } from '../../shared/storage/storage-notices';
import { safeStorage } from './safe-storage';
import { decodeVersioned, type VersionedFormat } from './versioned-format';

/** Where an unreadable value is kept, so the user can download it from the notice. */
export const backupKey = (key: string) => `${key}:unreadable-backup`;

export interface PersistedValueOptions<T> extends VersionedFormat<T> {
  /** The localStorage key ("upright:settings"). */
  readonly key: string;
  /** Whole plain sentences for the notices; never schema messages. */
  readonly messages: {
    /** "Your settings could not be read and were reset to the defaults." */
    readonly unreadable: MessageKey;
    /** "Your settings were saved by a newer version of Upright…" */
    readonly newer: MessageKey;
  };
  /**
   * Turns what was parsed into `{ version, state }`. The default reads the envelope zustand's
   * `persist` wrote (and this helper still writes); a store whose older form predates it adapts here.
   */
  readonly envelope?: (parsed: unknown) => { readonly version: unknown; readonly state: unknown } | null;
}

export interface PersistedValue<T> {
  readonly key: string;
  /** The stored value, migrated to the current version; null when there is none that can be used. */
  read(): T | null;
  /** Saves `value`, unless a newer version's value is kept there. False when it did not reach storage. */
  write(value: T): boolean;
  remove(): void;
}

function defaultEnvelope(parsed: unknown): { version: unknown; state: unknown } | null {
  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return null;
  return { version: (parsed as { version?: unknown }).version, state: (parsed as { state: unknown }).state };
}

/**
 * One versioned value in localStorage (settings, the running workout's cursor). Reading is the
 * edge: the value is parsed, its version's migrations run in order, and the result is checked.
 * An unreadable value is backed up for download and reported; a newer one is reported, left
 * untouched, and never written over. Writes go through safeStorage, so they never throw.
 */
export function persistedValue<T>(options: PersistedValueOptions<T>): PersistedValue<T> {
  const envelope = options.envelope ?? defaultEnvelope;
  let newerValueKept = false;

  const unreadable = (raw: string, detail: string): null => {
    if (import.meta.env.DEV) console.warn(`[storage] ${options.key} unreadable: ${detail}`);
    safeStorage.setItem(backupKey(options.key), raw);
    storageNotices.report({ key: options.key, message: { key: options.messages.unreadable }, rawValue: raw });
    return null;
  };

  return {
    key: options.key,
    read() {
      const raw = safeStorage.getItem(options.key);
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return unreadable(raw, 'not JSON');
      }
      const wrapped = envelope(parsed);
      if (!wrapped) return unreadable(raw, 'no envelope');
      const decoded = decodeVersioned(options, wrapped.version, wrapped.state);
      if (decoded.kind === 'newer') {
        newerValueKept = true;
        storageNotices.report({ key: options.key, message: { key: options.messages.newer }, rawValue: null });
        return null;
      }
      if (decoded.kind === 'unreadable') return unreadable(raw, decoded.detail);
      return decoded.value;
    },
    write(value) {
      if (newerValueKept) return false;
      return safeStorage.setItem(options.key, JSON.stringify({ state: value, version: options.version }));
    },
    remove() {
      if (newerValueKept) return;
      safeStorage.removeItem(options.key);
    },
  };
}
