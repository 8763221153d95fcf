/**
 * The language-neutral half of the shipped catalog, as stored in data/*.json: ids, numbers,
 * sides, equipment, the role of every step and the id of every caution. Every word lives in
 * data/locales/<language>/*.json (locale-schema.ts); localize-catalog.ts merges the two.
 *
 * A number keeps its `quote` here: it is the source text's own (English) words, the same in
 * every language. Why a default was chosen (`note`) is text, so it lives in the locales.
 */
import * as v from 'valibot';
import { idSchema, levelSchema, MAX_ROUTINE_ITEMS, MAX_STEP_SECONDS, regionSchema, routineItemSchema, routineRegionSchema, sideSchema, sidesSchema, stepRoleSchema } from './schema';

const quoteSchema = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(300, 'must be at most 300 characters'));

const sourced = (min: number, max: number, integer: boolean) =>
  v.strictObject(
    {
      value: v.pipe(
        v.number('must be a number'),
        v.finite('must be a finite number'),
        v.check((value) => !integer || Number.isInteger(value), 'must be a whole number'),
        v.minValue(min, `must be at least ${min}`),
        v.maxValue(max, `must be at most ${max}`),
      ),
      source: v.picklist(['article', 'default'], "must be 'article' or 'default'"),
      quote: v.optional(quoteSchema),
    },
    'must be a sourced number { value, source, quote? } (its note is in the locales)',
  );

const seconds = sourced(0.5, MAX_STEP_SECONDS, false);
const restSeconds = sourced(0, MAX_STEP_SECONDS, false);
const count = sourced(1, 100, true);

const stepSchema = v.strictObject({ role: stepRoleSchema, seconds });

const common = {
  sides: sidesSchema,
  firstSide: v.optional(sideSchema),
  switch: v.optional(v.strictObject({ seconds: restSeconds })),
  sets: count,
  restBetweenSetsSeconds: restSeconds,
};

const steps = (what: string, max: number) =>
  v.pipe(v.array(stepSchema, `must be a list of ${what}s`), v.minLength(1, `must have at least one ${what}`), v.maxLength(max, `must have at most ${max} ${what}s`));

export const prescriptionStructureSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('timed'), ...common, parts: steps('part', 10) }),
    v.strictObject({ kind: v.literal('reps'), ...common, reps: count, phases: steps('phase', 6) }),
    v.strictObject({ kind: v.literal('max-hold'), ...common, targetSeconds: seconds, capSeconds: seconds }),
  ],
  "must have kind 'timed', 'reps' or 'max-hold'",
);

const idList = (what: string, min: number) => v.pipe(v.array(idSchema, `must be a list of ${what} ids`), v.minLength(min, `must list at least ${min} ${what}`));

export const exerciseStructureSchema = v.strictObject({
  id: idSchema,
  region: regionSchema,
  level: levelSchema,
  /** Ids from the file's `muscles` list. */
  muscles: idList('muscle', 1),
  equipment: v.array(v.strictObject({ id: idSchema, optional: v.boolean() })),
  /** Ids from the file's `cautions` list; a caution several exercises share has one id. */
  cautions: idList('caution', 1),
  facts: v.optional(v.array(v.strictObject({ id: idSchema, value: sourced(0, 1000, false), unit: v.pipe(v.string(), v.minLength(1), v.maxLength(20)) }))),
  prescription: prescriptionStructureSchema,
});

export const routineStructureSchema = v.strictObject({
  id: idSchema,
  region: routineRegionSchema,
  level: levelSchema,
  items: v.pipe(
    v.array(routineItemSchema, 'must be a list of items'),
    v.minLength(1, 'must have at least one exercise'),
    v.maxLength(MAX_ROUTINE_ITEMS, `must have at most ${MAX_ROUTINE_ITEMS} items`),
  ),
});

export const sportStructureSchema = v.strictObject({
  id: idSchema,
  cautions: idList('caution', 1),
  variants: v.optional(v.array(v.strictObject({ id: idSchema, verdict: v.picklist(['recommended', 'advised-against'], "must be 'recommended' or 'advised-against'") }))),
});

/** The lists of ids a file's items may name (`muscles`, `equipment`, `cautions`). */
export const idRegistrySchema = v.array(idSchema, 'must be a list of ids');

export type ExerciseStructure = v.InferOutput<typeof exerciseStructureSchema>;
export type RoutineStructure = v.InferOutput<typeof routineStructureSchema>;
export type SportStructure = v.InferOutput<typeof sportStructureSchema>;
export type PrescriptionStructure = v.InferOutput<typeof prescriptionStructureSchema>;
export type SourcedStructure = v.InferOutput<typeof seconds>;

export interface ExercisesStructureFile {
  readonly version: 1;
  readonly muscles: readonly string[];
  readonly equipment: readonly string[];
  readonly cautions: readonly string[];
  readonly exercises: readonly ExerciseStructure[];
}
export interface RoutinesStructureFile {
  readonly version: 1;
  readonly routines: readonly RoutineStructure[];
}
export interface SportsStructureFile {
  readonly version: 1;
  readonly cautions: readonly string[];
  readonly sports: readonly SportStructure[];
}

/** The three structure files as read from data/. */
export interface CatalogStructure {
  readonly exercises: ExercisesStructureFile;
  readonly routines: RoutinesStructureFile;
  readonly sports: SportsStructureFile;
}
