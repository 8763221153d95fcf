import * as v from 'valibot';

/**
 * How one kind of stored value is read across app versions: the current version, its schema,
 * and the ordered migrations from every earlier version. The one rule for every store, whether
 * the value lives in localStorage (persisted-value.ts) or is a record in IndexedDB
 * (user-database.ts): a value of an earlier version is migrated step by step and then checked;
 * a value of a later version is reported as such and never touched; anything else is unreadable.
 */
export interface VersionedFormat<T> {
  /** The version written now. Versions start at 1. */
  readonly version: number;
  readonly schema: v.GenericSchema<unknown, T>;
  /**
   * `migrations[i]` turns a version `i + 1` value into version `i + 2`: exactly `version - 1`
   * of them, so every earlier version has a path to the current one. A migration may throw on
   * a value it cannot convert; that value is then unreadable.
   */
  readonly migrations: readonly ((older: unknown) => unknown)[];
}

export type Decoded<T> =
  | { readonly kind: 'ok'; readonly value: T; readonly migratedFrom: number | null }
  /** Written by a newer Upright: keep it as it is, say so, and do not write over it. */
  | { readonly kind: 'newer'; readonly version: number }
  /** `detail` is for developers (the console); users get a plain sentence instead. */
  | { readonly kind: 'unreadable'; readonly detail: string };

export function defineFormat<T>(format: VersionedFormat<T>): VersionedFormat<T> {
  if (!Number.isInteger(format.version) || format.version < 1 || format.migrations.length !== format.version - 1) {
    throw new Error(`A format at version ${format.version} needs ${format.version - 1} migrations, has ${format.migrations.length}`);
  }
  return format;
}

/** Reads `data` stored at `version` (untrusted: both come back from storage). */
export function decodeVersioned<T>(format: VersionedFormat<T>, version: unknown, data: unknown): Decoded<T> {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unreadable', detail: `version ${String(version)}` };
  if (version > format.version) return { kind: 'newer', version };
  let value = data;
  try {
    for (let from = version; from < format.version; from += 1) value = format.migrations[from - 1]!(value);
  } catch (error) {
    return { kind: 'unreadable', detail: `migration from ${version}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = v.safeParse(format.schema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { kind: 'unreadable', detail: `${where ?? '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { kind: 'ok', value: result.output, migratedFrom: version === format.version ? null : version };
}
