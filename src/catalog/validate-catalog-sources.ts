/**
 * The gate for the shipped catalog as stored: the structure files (data/*.json) and each
 * language's text files (data/locales/<language>/*.json) in, every problem out, each naming its
 * file, item and field. In three stages, each only when the one before makes sense of it:
 * 1. the structure's schemas and ids (text checks against a broken structure would only echo it);
 * 2. each language's texts against the structure and against English (text-completeness.ts);
 * 3. each complete language's catalog through `validateCatalog`, the same checks the app's
 *    shape always had (cross-references, overrides, provenance), a problem in the words
 *    reported in that language's file and one in the structure once.
 * Run at build time (scripts/catalog-validation-plugin.ts) and in tests.
 */
import { fileError, formatCatalogError, itemError, localeFile, type CatalogError, type CatalogFileKey } from './catalog-error';
import { catalogLanguages, referenceLanguage, type CatalogLanguage } from './catalog-languages';
import type { Catalog } from './catalog-types';
import { parseCatalogFile } from './parse-catalog-file';
import { exerciseStructureSchema, idRegistrySchema, routineStructureSchema, sportStructureSchema, type CatalogStructure } from './structure-schema';
import { exerciseStructureProblems, registryProblems, sportStructureProblems, type Registries } from './structure-rules';
import { checkLanguageTexts, type RawTexts } from './text-completeness';
import { validateCatalog } from './validate-catalog';
import type { Problem } from './problem';

export { catalogLanguages };
export { poseProblemLines } from './validate-poses';

export interface CatalogSources {
  readonly structure: RawTexts;
  readonly texts: Readonly<Record<CatalogLanguage, RawTexts>>;
}

export type CatalogSourcesValidation =
  | { readonly ok: true; readonly catalogs: Readonly<Record<CatalogLanguage, Catalog>> }
  | { readonly ok: false; readonly errors: readonly CatalogError[] };

export function validateCatalogSources(sources: CatalogSources): CatalogSourcesValidation {
  const structure = checkStructure(sources.structure);
  if (structure.errors.length > 0) return { ok: false, errors: structure.errors };
  const reference = checkLanguageTexts(structure.value, referenceLanguage, sources.texts[referenceLanguage], null);
  const others = catalogLanguages.filter((language) => language !== referenceLanguage);
  const checks = [
    { language: referenceLanguage, check: reference },
    ...others.map((language) => ({ language, check: checkLanguageTexts(structure.value, language, sources.texts[language], reference.texts) })),
  ];
  const errors = checks.flatMap(({ language, check }) => [...check.errors, ...(check.catalog === null ? [] : catalogErrors(check.catalog, language))]);
  const unique = [...new Map(errors.map((error) => [formatCatalogError(error), error])).values()];
  if (unique.length > 0 || checks.some(({ check }) => check.catalog === null)) return { ok: false, errors: unique };
  return { ok: true, catalogs: Object.fromEntries(checks.map(({ language, check }) => [language, check.catalog])) as Record<CatalogLanguage, Catalog> };
}

/** Every problem as one line for a person; [] when the catalog and all its languages are valid. */
export function catalogSourceProblemLines(sources: CatalogSources): string[] {
  const result = validateCatalogSources(sources);
  return result.ok ? [] : result.errors.map(formatCatalogError);
}

function checkStructure(files: RawTexts): { errors: CatalogError[]; value: CatalogStructure } {
  const exercises = parseCatalogFile('exercises', files.exercises, exerciseStructureSchema, { muscles: idRegistrySchema, equipment: idRegistrySchema, cautions: idRegistrySchema });
  const routines = parseCatalogFile('routines', files.routines, routineStructureSchema);
  const sports = parseCatalogFile('sports', files.sports, sportStructureSchema, { cautions: idRegistrySchema });
  const rules = <T extends { readonly id: string }>(fileKey: CatalogFileKey, items: readonly { index: number; value: T }[], rule: (item: T) => Problem[]) =>
    items.flatMap((item) => rule(item.value).map((found) => itemError({ fileKey, itemIndex: item.index, itemId: item.value.id }, found.path, found.message)));
  const registryErrors = (fileKey: CatalogFileKey, registries: Registries) => registryProblems(registries).map((found) => fileError(fileKey, found.path, found.message));
  const errors = [
    ...exercises.errors,
    ...routines.errors,
    ...sports.errors,
    ...registryErrors('exercises', exercises.registries),
    ...registryErrors('sports', sports.registries),
    ...rules('exercises', exercises.items, (item) => exerciseStructureProblems(item, exercises.registries)),
    ...rules('sports', sports.items, (item) => sportStructureProblems(item, sports.registries)),
  ];
  return { errors, value: files as unknown as CatalogStructure };
}

/** The words a field path ends in: a problem there is in the language's text file. */
const textFields = new Set(['name', 'articleName', 'summary', 'articleTerm', 'detail', 'setup', 'cues', 'cue', 'cautions', 'label', 'sideLabels', 'right', 'left', 'note', 'quoteMeaning', 'purpose', 'notes', 'benefits', 'avoidIf', 'reason']);

function isTextField(field: string): boolean {
  const last = field.split(/[.[\]]/).filter((key) => key !== '' && !/^\d+$/.test(key)).at(-1);
  return last !== undefined && textFields.has(last);
}

/** The app-shape checks of one language's catalog, each problem in the file it must be fixed in. */
function catalogErrors(catalog: Catalog, language: CatalogLanguage): CatalogError[] {
  const result = validateCatalog({
    exercises: { version: 1, exercises: catalog.exercises },
    routines: { version: 1, routines: catalog.routines },
    sports: { version: 1, sports: catalog.sports },
  });
  if (result.ok) return [];
  return result.errors.map((error) => {
    if (!error.inTexts && !isTextField(error.field)) return error;
    const fileKey = (['exercises', 'routines', 'sports'] as const).find((key) => error.file === `data/${key}.json`) ?? 'exercises';
    return { ...error, file: localeFile(language, fileKey), inTexts: true };
  });
}

