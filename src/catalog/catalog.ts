/**
 * The shipped catalog at run time: the JSON in data/, with lookups by id.
 *
 * Why no validation here: the data files are validated (schema and cross-references, by
 * `validateCatalog`) before the app can exist - the Vite plugin in
 * scripts/catalog-validation-plugin.ts fails `vite dev` and `vite build` on any error, and
 * tests/catalog checks the same files. Validating again in the browser would ship valibot and
 * the schema in every page that needs the catalog (several kB gzipped) to re-check files that
 * cannot change after the build. So this module trusts the JSON as the validated `Catalog` types.
 * Untrusted input (imports, shared links, storage) is still validated with the schema at its edge.
 *
 * Keep this module out of the home page and the app shell: the full JSON is too big for the
 * first-load budget. Feature pages that need it are lazy routes.
 */
import exercisesFile from '../../data/exercises.json';
import routinesFile from '../../data/routines.json';
import sportsFile from '../../data/sports.json';
import type { Catalog } from './catalog-types';
import type { Exercise, Routine, Sport } from './schema';

/** JSON imports type strings as `string`, not as the schema's literal unions; the build checked them. */
const validatedAtBuildTime = <T>(value: unknown): T => value as T;

const exercises = validatedAtBuildTime<readonly Exercise[]>(exercisesFile.exercises);
const routines = validatedAtBuildTime<readonly Routine[]>(routinesFile.routines);
const sports = validatedAtBuildTime<readonly Sport[]>(sportsFile.sports);

const byId = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]));

export const catalog: Catalog = {
  exercises,
  routines,
  sports,
  exercisesById: byId(exercises),
  routinesById: byId(routines),
  sportsById: byId(sports),
};
