/**
 * One problem in the catalog's data files, located the way a person editing the JSON looks for
 * it: the file, the item (by id, or by position when it has no usable id) and the field.
 */
import { formatPath, type PathKey } from './issue-path';

export const catalogFiles = {
  exercises: 'data/exercises.json',
  routines: 'data/routines.json',
  sports: 'data/sports.json',
} as const;

export type CatalogFileKey = keyof typeof catalogFiles;
export type CatalogFileName = (typeof catalogFiles)[CatalogFileKey];

/** The text files of one language: `data/locales/de/exercises.json`. */
export const localeFile = (language: string, fileKey: CatalogFileKey): string => `data/locales/${language}/${fileKey}.json`;

export const itemKindByFile = { exercises: 'exercise', routines: 'routine', sports: 'sport' } as const;

export type ItemKind = 'exercise' | 'routine' | 'sport' | 'caution' | 'muscle' | 'equipment';

export interface CatalogError {
  /** A structure file (`catalogFiles`) or a language's text file (`localeFile`). */
  readonly file: string;
  /** 'exercise', 'routine', 'sport' or an entry of a shared list ('caution'...); null when the problem is with the file as a whole. */
  readonly itemKind: ItemKind | null;
  /** The item's id; null when the item has no usable id (see `itemIndex`). */
  readonly itemId: string | null;
  /** 0-based position of the item in its list; null for file-level problems. */
  readonly itemIndex: number | null;
  /** Field path inside the item (or the file), e.g. `items[2].exerciseId`; '' for the item itself. */
  readonly field: string;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** The problem is in the words (so in a language's text file), not in the structure. */
  readonly inTexts?: boolean;
}

export interface ItemLocation {
  readonly fileKey: CatalogFileKey;
  readonly itemIndex: number;
  readonly itemId: string | null;
}

export function itemError(location: ItemLocation, fieldKeys: readonly PathKey[], message: string, inTexts = false): CatalogError {
  return {
    file: catalogFiles[location.fileKey],
    itemKind: itemKindByFile[location.fileKey],
    itemId: location.itemId,
    itemIndex: location.itemIndex,
    field: formatPath(fieldKeys),
    message,
    ...(inTexts ? { inTexts } : {}),
  };
}

export function fileError(fileKey: CatalogFileKey, fieldKeys: readonly PathKey[], message: string): CatalogError {
  return { file: catalogFiles[fileKey], itemKind: null, itemId: null, itemIndex: null, field: formatPath(fieldKeys), message };
}

/** `data/routines.json: routine "upper-back", items[2].exerciseId: unknown exercise "plank-x"` */
export function formatCatalogError(error: CatalogError): string {
  const item = describeItem(error);
  const where = [item, error.field].filter((part) => part !== '').join(', ');
  return where === '' ? `${error.file}: ${error.message}` : `${error.file}: ${where}: ${error.message}`;
}

function describeItem(error: CatalogError): string {
  if (error.itemKind === null) return '';
  if (error.itemId !== null) return `${error.itemKind} "${error.itemId}"`;
  return `${error.itemKind} #${(error.itemIndex ?? 0) + 1} (no valid id)`;
}
