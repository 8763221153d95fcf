/**
 * The export file format: a versioned envelope around routines, in the catalog's own routine
 * shape. A share link carries the same document with exactly one routine, so one validator
 * guards both doors.
 *
 *   { "format": "upright-routines", "version": 1, "exportedAt": "2026-…", "routines": [ … ] }
 */
import type { Routine } from '../../catalog/schema';

export const ROUTINES_DOCUMENT_FORMAT = 'upright-routines';
export const ROUTINES_DOCUMENT_VERSION = 1;

export interface RoutinesDocument {
  readonly format: typeof ROUTINES_DOCUMENT_FORMAT;
  readonly version: typeof ROUTINES_DOCUMENT_VERSION;
  /** ISO date of the export; informative only (share links leave it out to stay short). */
  readonly exportedAt?: string;
  readonly routines: readonly Routine[];
}

export function createRoutinesDocument(routines: readonly Routine[], exportedAt?: Date): RoutinesDocument {
  return {
    format: ROUTINES_DOCUMENT_FORMAT,
    version: ROUTINES_DOCUMENT_VERSION,
    ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
    routines,
  };
}

/** "upright-morning-back.json" for one routine, "upright-routines-2026-11-28.json" for all. */
export function routinesFileName(routines: readonly Routine[], exportedAt: Date): string {
  const only = routines.length === 1 ? routines[0] : undefined;
  if (only) return `upright-${only.id}.json`;
  return `upright-routines-${exportedAt.toISOString().slice(0, 10)}.json`;
}
