/**
 * Parses one data file item by item, so that one broken item does not hide the others and every
 * error names the item it belongs to. Duplicate ids are reported here too: they are per file.
 */
import * as v from 'valibot';
import { fileError, itemError, type CatalogError, type CatalogFileKey, type ItemLocation } from './catalog-error';
import { duplicateIndexes } from './duplicate-indexes';
import { describeIssue, issuePathKeys } from './issue-path';

export interface ParsedFile<T> {
  /** The items that passed the schema, with their position in the file. */
  readonly items: readonly { readonly index: number; readonly value: T }[];
  /** Ids of items that failed the schema (so cross-references to them are not reported twice). */
  readonly invalidIds: ReadonlySet<string>;
  readonly errors: readonly CatalogError[];
  /** The file's id lists besides its items (see `parseCatalogFile`); empty when the file is unreadable. */
  readonly registries: Readonly<Record<string, readonly string[]>>;
}

/**
 * `registries` are the file's lists of ids besides its items (the structure files' `muscles`,
 * `equipment`, `cautions`); their values are in `ParsedFile.registries` when the envelope is valid.
 */
export function parseCatalogFile<T>(
  fileKey: CatalogFileKey,
  file: unknown,
  itemSchema: v.GenericSchema<unknown, T>,
  registries: Readonly<Record<string, v.GenericSchema<unknown, readonly string[]>>> = {},
): ParsedFile<T> {
  const envelope = v.safeParse(envelopeSchema(fileKey, registries), file);
  if (!envelope.success) {
    return { items: [], invalidIds: new Set(), registries: {}, errors: envelope.issues.map((issue) => fileError(fileKey, issuePathKeys(issue), describeIssue(issue))) };
  }
  const output = envelope.output as Record<string, unknown>;
  const rawItems = (output[fileKey] as unknown[] | undefined) ?? [];
  const registryValues = Object.fromEntries(Object.keys(registries).map((key) => [key, output[key] as readonly string[]]));
  const items: { index: number; value: T }[] = [];
  const invalidIds = new Set<string>();
  const errors: CatalogError[] = [];
  rawItems.forEach((raw, index) => {
    const location: ItemLocation = { fileKey, itemIndex: index, itemId: rawId(raw) };
    const result = v.safeParse(itemSchema, raw);
    if (result.success) {
      items.push({ index, value: result.output });
      return;
    }
    if (location.itemId !== null) invalidIds.add(location.itemId);
    errors.push(...result.issues.map((issue) => itemError(location, issuePathKeys(issue), describeIssue(issue))));
  });
  return { items, invalidIds, registries: registryValues, errors: [...errors, ...duplicateIdErrors(fileKey, rawItems)] };
}

function envelopeSchema(fileKey: CatalogFileKey, registries: Readonly<Record<string, v.GenericSchema<unknown, readonly string[]>>>) {
  const lists = Object.keys(registries).map((key) => `"${key}": [...], `).join('');
  return v.strictObject(
    {
      version: v.literal(1, 'must be 1 (the only file version this app reads)'),
      ...registries,
      [fileKey]: v.array(v.unknown(), `must be a list of ${fileKey}`),
    },
    `must be an object { "version": 1, ${lists}"${fileKey}": [...] }`,
  );
}

/** The item's id if it has a string one (valid or not: it is how the author finds the item). */
function rawId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}

function duplicateIdErrors(fileKey: CatalogFileKey, rawItems: readonly unknown[]): CatalogError[] {
  // Items without an id get a placeholder that cannot collide: a missing id is reported by the schema.
  const ids = rawItems.map((raw, index) => rawId(raw) ?? `\u0000item-${index}`);
  return duplicateIndexes(ids).map((index) => {
    const id = ids[index] ?? '';
    const firstIndex = ids.indexOf(id);
    return itemError({ fileKey, itemIndex: index, itemId: id }, ['id'], `"${id}" is already used by item #${firstIndex + 1}: ids must be unique in the file`);
  });
}
