/**
 * The catalog's gate: the three data files in, a typed catalog with its cross-references checked
 * out - or every problem found, each naming the file, the item and the field. Run at build time
 * (scripts/catalog-validation-plugin.ts) and in tests; see catalog.ts for why not in the browser.
 */
import { formatCatalogError, itemError, type CatalogError, type CatalogFileKey } from './catalog-error';
import type { Catalog } from './catalog-types';
import { equipmentNameProblems } from './equipment-rules';
import { exerciseProblems } from './exercise-rules';
import { parseCatalogFile, type ParsedFile } from './parse-catalog-file';
import type { Problem } from './problem';
import { routineProblems } from './routine-rules';
import { exerciseSchema, routineSchema, sportSchema, type Exercise, type Routine } from './schema';
import { sportProblems } from './sport-rules';

export interface CatalogFiles {
  readonly exercises: unknown;
  readonly routines: unknown;
  readonly sports: unknown;
}

export type CatalogValidation = { readonly ok: true; readonly catalog: Catalog } | { readonly ok: false; readonly errors: readonly CatalogError[] };

export function validateCatalog(files: CatalogFiles): CatalogValidation {
  const exercises = parseCatalogFile('exercises', files.exercises, exerciseSchema);
  const routines = parseCatalogFile('routines', files.routines, routineSchema);
  const sports = parseCatalogFile('sports', files.sports, sportSchema);
  const exercisesById = byId(exercises.items.map((item) => item.value));

  const errors: CatalogError[] = [
    ...exercises.errors,
    ...routines.errors,
    ...sports.errors,
    ...ruleErrors('exercises', exercises, exerciseProblems),
    ...equipmentNameProblems(exercises.items.map((item) => item.value)).map(({ exerciseIndex, problem }) =>
      toError('exercises', exercises.items[exerciseIndex], problem),
    ),
    ...ruleErrors('routines', routines, (routine) => routineReferenceProblems(routine, exercisesById, exercises.invalidIds)),
    ...ruleErrors('sports', sports, sportProblems),
  ];
  if (errors.length > 0) return { ok: false, errors };

  const catalog: Catalog = {
    exercises: exercises.items.map((item) => item.value),
    routines: routines.items.map((item) => item.value),
    sports: sports.items.map((item) => item.value),
    exercisesById,
    routinesById: byId(routines.items.map((item) => item.value)),
    sportsById: byId(sports.items.map((item) => item.value)),
  };
  return { ok: true, catalog };
}

/** A routine naming an exercise that failed the schema gets no second error for it. */
function routineReferenceProblems(routine: Routine, exercisesById: ReadonlyMap<string, Exercise>, invalidExerciseIds: ReadonlySet<string>): Problem[] {
  return routineProblems(routine, exercisesById).filter((found) => {
    const [first, index] = found.path;
    if (first !== 'items' || typeof index !== 'number') return true;
    const exerciseId = routine.items[index]?.exerciseId;
    return exerciseId === undefined || !invalidExerciseIds.has(exerciseId);
  });
}

function ruleErrors<T extends { readonly id: string }>(fileKey: CatalogFileKey, parsed: ParsedFile<T>, rule: (item: T) => Problem[]): CatalogError[] {
  return parsed.items.flatMap((item) => rule(item.value).map((found) => toError(fileKey, item, found)));
}

function toError<T extends { readonly id: string }>(
  fileKey: CatalogFileKey,
  item: { readonly index: number; readonly value: T } | undefined,
  found: Problem,
): CatalogError {
  return itemError({ fileKey, itemIndex: item?.index ?? 0, itemId: item?.value.id ?? null }, found.path, found.message, found.inTexts);
}

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Every problem as one line for a person (`data/routines.json: routine "x", items[2]...`); [] when valid. */
export function catalogProblemLines(files: CatalogFiles): string[] {
  const result = validateCatalog(files);
  return result.ok ? [] : result.errors.map(formatCatalogError);
}
