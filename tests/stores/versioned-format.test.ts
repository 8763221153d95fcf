// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeVersioned, defineFormat } from '../../src/stores/persistence/versioned-format';

/** Version 1 kept `rest` in minutes; 2 renamed it; 3 keeps seconds. */
const format = defineFormat({
  version: 3,
  schema: v.object({ restSeconds: v.pipe(v.number(), v.minValue(0)) }),
  migrations: [(older) => ({ restMinutes: (older as { rest: number }).rest }), (older) => ({ restSeconds: (older as { restMinutes: number }).restMinutes * 60 })],
});

describe('a versioned stored value', () => {
  it('runs every migration from an old version, in order', () => {
    expect(decodeVersioned(format, 1, { rest: 2 })).toEqual({ kind: 'ok', value: { restSeconds: 120 }, migratedFrom: 1 });
    expect(decodeVersioned(format, 2, { restMinutes: 1 })).toEqual({ kind: 'ok', value: { restSeconds: 60 }, migratedFrom: 2 });
    expect(decodeVersioned(format, 3, { restSeconds: 5 })).toEqual({ kind: 'ok', value: { restSeconds: 5 }, migratedFrom: null });
  });

  it('reports a value from a newer version as newer, not as damaged', () => {
    expect(decodeVersioned(format, 4, { anything: true })).toEqual({ kind: 'newer', version: 4 });
  });

  it('calls a value unreadable when it fails the schema after migrating, or a migration throws', () => {
    expect(decodeVersioned(format, 3, { restSeconds: -1 }).kind).toBe('unreadable');
    expect(decodeVersioned(format, 1, null).kind).toBe('unreadable');
    expect(decodeVersioned(format, 'three', {}).kind).toBe('unreadable');
  });

  it('refuses a format without a migration from each earlier version', () => {
    expect(() => defineFormat({ version: 2, schema: v.object({}), migrations: [] })).toThrow(/needs 1 migrations/);
  });
});
