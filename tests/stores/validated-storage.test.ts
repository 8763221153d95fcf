import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupKey, validatedStorage } from '../../src/stores/persistence/validated-storage';
import { safeStorage } from '../../src/stores/persistence/safe-storage';
import { storageNotices } from '../../src/stores/persistence/storage-notices';

const schema = v.object({ restSeconds: v.pipe(v.number(), v.minValue(0)) });
const storage = validatedStorage({ schema, version: 2, label: 'Your settings' });

afterEach(() => storageNotices.clear());

describe('validated storage', () => {
  it('gives back a stored value that passes the schema', () => {
    localStorage.setItem('k', JSON.stringify({ state: { restSeconds: 30 }, version: 2 }));
    expect(storage.getItem('k')).toEqual({ state: { restSeconds: 30 }, version: 2 });
    expect(storageNotices.list()).toEqual([]);
  });

  it('resets a damaged value, says so, and keeps the raw text for download', () => {
    localStorage.setItem('k', '{"state": {"restSec');
    expect(storage.getItem('k')).toBeNull();
    expect(storageNotices.list()).toEqual([
      { key: 'k', message: 'Your settings could not be read (the saved data is damaged) and were reset to the defaults.', rawValue: '{"state": {"restSec' },
    ]);
    expect(localStorage.getItem(backupKey('k'))).toBe('{"state": {"restSec');
  });

  it('names the field that fails the schema', () => {
    localStorage.setItem('k', JSON.stringify({ state: { restSeconds: -5 }, version: 2 }));
    expect(storage.getItem('k')).toBeNull();
    expect(storageNotices.list()[0]?.message).toMatch(/restSeconds/);
  });

  it('resets a value from another version when there is no migration', () => {
    localStorage.setItem('k', JSON.stringify({ state: { restSeconds: 30 }, version: 1 }));
    expect(storage.getItem('k')).toBeNull();
    expect(storageNotices.list()[0]?.message).toMatch(/another version of the app \(1\)/);
  });

  it('migrates an older version when it can', () => {
    const migrating = validatedStorage({ schema, version: 2, label: 'Your settings', migrate: (state) => ({ restSeconds: (state as { rest: number }).rest }) });
    localStorage.setItem('k', JSON.stringify({ state: { rest: 15 }, version: 1 }));
    expect(migrating.getItem('k')).toEqual({ state: { restSeconds: 15 }, version: 2 });
  });
});

describe('safe storage', () => {
  it('keeps working in memory and warns once when the browser refuses to store', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    safeStorage.setItem('a', '1');
    safeStorage.setItem('b', '2');
    expect(safeStorage.getItem('a')).toBe('1');
    expect(storageNotices.list()).toHaveLength(1);
    expect(storageNotices.list()[0]?.message).toMatch(/storage is full/);
  });
});
