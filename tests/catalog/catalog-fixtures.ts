/**
 * Fresh, mutable copies of the shipped catalog in the app's shape (structure plus English, as
 * `validateCatalog` checks it), of the stored files (structure and texts per language, as the
 * build checks them), and a helper to read validation errors as text.
 */
import exercisesFile from '../../data/exercises.json';
import routinesFile from '../../data/routines.json';
import sportsFile from '../../data/sports.json';
import englishExercises from '../../data/locales/en/exercises.json';
import englishRoutines from '../../data/locales/en/routines.json';
import englishSports from '../../data/locales/en/sports.json';
import germanExercises from '../../data/locales/de/exercises.json';
import germanRoutines from '../../data/locales/de/routines.json';
import germanSports from '../../data/locales/de/sports.json';
import { formatCatalogError } from '../../src/catalog/catalog-error';
import type { CatalogTexts } from '../../src/catalog/locale-schema';
import { localizeCatalog } from '../../src/catalog/localize-catalog';
import type { CatalogStructure } from '../../src/catalog/structure-schema';
import type { CatalogValidation } from '../../src/catalog/validate-catalog';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break the data on purpose, field by field */
export interface MutableCatalogFiles {
  exercises: any;
  routines: any;
  sports: any;
}

export interface MutableSources {
  structure: MutableCatalogFiles;
  texts: { en: MutableCatalogFiles; de: MutableCatalogFiles };
}

/** The stored files: structure, and the texts of each language. */
export function shippedSources(): MutableSources {
  return structuredClone({
    structure: { exercises: exercisesFile, routines: routinesFile, sports: sportsFile },
    texts: {
      en: { exercises: englishExercises, routines: englishRoutines, sports: englishSports },
      de: { exercises: germanExercises, routines: germanRoutines, sports: germanSports },
    },
  });
}

/** The catalog in `language` in the app's shape, as files (`{ version, exercises: [...] }`...). */
export function shippedFiles(language: 'en' | 'de' = 'en'): MutableCatalogFiles {
  const sources = shippedSources();
  const catalog = localizeCatalog(sources.structure as CatalogStructure, sources.texts[language] as CatalogTexts);
  return structuredClone({
    exercises: { version: 1, exercises: catalog.exercises },
    routines: { version: 1, routines: catalog.routines },
    sports: { version: 1, sports: catalog.sports },
  });
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
