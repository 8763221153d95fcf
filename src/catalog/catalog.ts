/**
 * The shipped catalog at run time, in English: the structure in data/*.json with the English
 * words of data/locales/en/*.json merged in (localize-catalog.ts), with lookups by id. Other
 * languages are built on demand from their own lazy chunk (catalog-languages.ts).
 *
 * Why no validation here: the data files are validated (schemas, cross-references, and every
 * language's texts against the structure and against English) before the app can exist - the
 * Vite plugin in scripts/catalog-validation-plugin.ts fails `vite dev` and `vite build` on any
 * error, and tests/catalog checks the same files. Validating again in the browser would ship
 * valibot and the schema in every page that needs the catalog (several kB gzipped) to re-check
 * files that cannot change after the build. So this module trusts the JSON as the validated types.
 * Untrusted input (imports, shared links, storage) is still validated with the schema at its edge.
 *
 * Keep this module out of the home page and the app shell: the full JSON is too big for the
 * first-load budget. Feature pages that need it are lazy routes.
 */
import exercisesFile from '../../data/exercises.json';
import routinesFile from '../../data/routines.json';
import sportsFile from '../../data/sports.json';
import englishExercises from '../../data/locales/en/exercises.json';
import englishRoutines from '../../data/locales/en/routines.json';
import englishSports from '../../data/locales/en/sports.json';
import type { Catalog } from './catalog-types';
import type { CatalogTexts } from './locale-schema';
import { localizeCatalog } from './localize-catalog';
import type { CatalogStructure } from './structure-schema';

/** JSON imports type strings as `string`, not as the schema's literal unions; the build checked them. */
const validatedAtBuildTime = <T>(value: unknown): T => value as T;

/** The language-neutral half of the catalog, for `localizeCatalog` with another language's texts. */
export const catalogStructure = validatedAtBuildTime<CatalogStructure>({ exercises: exercisesFile, routines: routinesFile, sports: sportsFile });

export const englishCatalogTexts = validatedAtBuildTime<CatalogTexts>({ exercises: englishExercises, routines: englishRoutines, sports: englishSports });

export const catalog: Catalog = localizeCatalog(catalogStructure, englishCatalogTexts);
