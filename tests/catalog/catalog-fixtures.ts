/** Fresh, mutable copies of the shipped data files, and a helper to read validation errors as text. */
import exercisesFile from '../../data/exercises.json';
import routinesFile from '../../data/routines.json';
import sportsFile from '../../data/sports.json';
import { formatCatalogError } from '../../src/catalog/catalog-error';
import type { CatalogValidation } from '../../src/catalog/validate-catalog';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break the data on purpose, field by field */
export interface MutableCatalogFiles {
  exercises: any;
  routines: any;
  sports: any;
}

export function shippedFiles(): MutableCatalogFiles {
  return structuredClone({ exercises: exercisesFile, routines: routinesFile, sports: sportsFile });
}

/** The exercise with `id` inside mutable files (throws if absent, so a test cannot pass vacuously). */
export function exerciseIn(files: MutableCatalogFiles, id: string): any {
  const found = files.exercises.exercises.find((exercise: any) => exercise.id === id);
  if (found === undefined) throw new Error(`no exercise ${id} in the fixture`);
  return found;
}

export function routineIn(files: MutableCatalogFiles, id: string): any {
  const found = files.routines.routines.find((routine: any) => routine.id === id);
  if (found === undefined) throw new Error(`no routine ${id} in the fixture`);
  return found;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Each error as the one-line message a person reads; [] when the catalog is valid. */
export function errorLines(result: CatalogValidation): string[] {
  return result.ok ? [] : result.errors.map(formatCatalogError);
}
