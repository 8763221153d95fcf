/**
 * The catalog's schema in the shape the app uses: exercises, routines and sports with one
 * language's words merged in (src/catalog/localize-catalog.ts), as valibot schemas with the
 * TypeScript types derived from them. The shipped files are stored apart, structure in data/*.json
 * (structure-schema.ts) and words in data/locales/<language>/*.json (locale-schema.ts); every
 * language's merged catalog is checked with these schemas at build and test time, and the routine
 * schemas validate what a user imports or opens from a link.
 *
 * Provenance: every number that comes from the catalog is a `SourcedNumber`, which says whether
 * the source article gave it ('article', with the quote) or whether we chose it ('default', with
 * the reason). Numbers a user sets in the builder are plain numbers (overrides).
 */
import * as v from 'valibot';
import { stepRoles } from './step-roles';

/** A hard upper bound for any single timed step, in seconds (1 hour). */
export const MAX_STEP_SECONDS = 3600;

export const idSchema = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)'),
  v.maxLength(80, 'must be at most 80 characters'),
);

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

export const nameSchema = text(100);
export const cueSchema = text(200);
export const cueListSchema = v.pipe(
  v.array(cueSchema, 'must be a list of cues'),
  v.minLength(1, 'must list at least one cue'),
  v.maxLength(20, 'must list at most 20 cues'),
);

export const regionSchema = v.picklist(['lumbar', 'thoracic'], "must be 'lumbar' or 'thoracic'");
export const routineRegionSchema = v.picklist(['lumbar', 'thoracic', 'full'], "must be 'lumbar', 'thoracic' or 'full'");
export const levelSchema = v.picklist(['beginner', 'intermediate', 'advanced'], "must be 'beginner', 'intermediate' or 'advanced'");

const sourceSchema = v.picklist(['article', 'default'], "must be 'article' or 'default'");

/** A number with its provenance. `quote` is the article's words; `note` explains a default. */
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
      source: sourceSchema,
      quote: v.optional(text(300)),
      note: v.optional(text(300)),
      /** What the (English) quote says, in a language other than the source text's. */
      quoteMeaning: v.optional(text(300)),
    },
    'must be a sourced number { value, source, quote?, note? }',
  );

/** Seconds of a step: positive, at most an hour. */
export const sourcedSecondsSchema = sourced(0.5, MAX_STEP_SECONDS, false);
/** Seconds of a rest or a switch: zero allowed. */
export const sourcedRestSecondsSchema = sourced(0, MAX_STEP_SECONDS, false);
export const sourcedCountSchema = sourced(1, 100, true);

/** What a step is for (raise, hold, stretch...): the language-neutral key logic uses. */
export const stepRoleSchema = v.picklist(stepRoles, `must be one of ${stepRoles.map((role) => `'${role}'`).join(', ')}`);

export type SourcedNumber = v.InferOutput<typeof sourcedSecondsSchema>;

/** A timed part: hold or keep moving for `seconds` (quadruped leg raise: two 25 s parts). */
export const timedPartSchema = v.strictObject({
  role: stepRoleSchema,
  name: nameSchema,
  seconds: sourcedSecondsSchema,
  cues: cueListSchema,
});

/** A phase inside one repetition: raise / hold / lower, or stretch / flexion. */
export const repPhaseSchema = v.strictObject({
  role: stepRoleSchema,
  name: nameSchema,
  seconds: sourcedSecondsSchema,
  /** Short, spoken when the phase starts ("Raise", "Hold", "Lower slowly"). */
  cue: cueSchema,
});

/**
 * How the two sides are worked.
 * - bilateral: both sides at once.
 * - per-side: everything for one side, a switch, then the other side. Needs a `switch` rule.
 * - alternating: repetitions alternate sides (right, left, right, ...); `reps` counts per side.
 */
export const sidesSchema = v.picklist(['bilateral', 'per-side', 'alternating'], "must be 'bilateral', 'per-side' or 'alternating'");
export const sideSchema = v.picklist(['right', 'left'], "must be 'right' or 'left'");

export const switchRuleSchema = v.strictObject({
  seconds: sourcedRestSecondsSchema,
  cue: cueSchema,
});

const sideLabelsSchema = v.strictObject({ right: nameSchema, left: nameSchema });

const commonPrescription = {
  sides: sidesSchema,
  firstSide: v.optional(sideSchema),
  /** What "right" and "left" mean for this exercise ("Right arm and left leg"). */
  sideLabels: v.optional(sideLabelsSchema),
  switch: v.optional(switchRuleSchema),
  sets: sourcedCountSchema,
  restBetweenSetsSeconds: sourcedRestSecondsSchema,
};

export const timedPrescriptionSchema = v.strictObject({
  kind: v.literal('timed'),
  ...commonPrescription,
  parts: v.pipe(v.array(timedPartSchema, 'must be a list of parts'), v.minLength(1, 'must have at least one part'), v.maxLength(10, 'must have at most 10 parts')),
});

export const repsPrescriptionSchema = v.strictObject({
  kind: v.literal('reps'),
  ...commonPrescription,
  reps: sourcedCountSchema,
  phases: v.pipe(v.array(repPhaseSchema, 'must be a list of phases'), v.minLength(1, 'must have at least one phase'), v.maxLength(6, 'must have at most 6 phases')),
});

/** Hold as long as possible: the step counts up until the user says done (capped for safety). */
export const maxHoldPrescriptionSchema = v.strictObject({
  kind: v.literal('max-hold'),
  ...commonPrescription,
  /** A first goal for a new user, shown beside the stopwatch. */
  targetSeconds: sourcedSecondsSchema,
  /** The hold ends by itself here, so a forgotten phone does not count for ever. */
  capSeconds: sourcedSecondsSchema,
  cues: cueListSchema,
});

export const prescriptionSchema = v.variant(
  'kind',
  [timedPrescriptionSchema, repsPrescriptionSchema, maxHoldPrescriptionSchema],
  "must have kind 'timed', 'reps' or 'max-hold'",
);

export const equipmentSchema = v.strictObject({
  id: idSchema,
  name: nameSchema,
  optional: v.boolean(),
  /** "1 to 5 kg depending on level", "a pillow under the knees". */
  detail: v.optional(text(200)),
});

/** A non-prescription fact from the article, e.g. the chair about a metre away. */
export const factSchema = v.strictObject({
  id: idSchema,
  label: nameSchema,
  value: sourced(0, 1000, false),
  unit: text(20),
});

export const muscleSchema = v.strictObject({
  id: idSchema,
  name: nameSchema,
  /** The article's (mistranslated) words, so a reader of the article recognises it. */
  articleTerm: v.optional(text(100)),
});

export const exerciseSchema = v.strictObject({
  id: idSchema,
  name: nameSchema,
  /** The article's own name for it, mistranslations included. */
  articleName: text(100),
  region: regionSchema,
  level: levelSchema,
  summary: text(300),
  muscles: v.pipe(v.array(muscleSchema), v.minLength(1, 'must list at least one muscle')),
  equipment: v.array(equipmentSchema),
  setup: cueListSchema,
  cues: cueListSchema,
  cautions: v.pipe(v.array(text(300)), v.minLength(1, 'must list at least one caution')),
  /** The id of each caution, in the order of `cautions`: shared cautions are told apart by id, never by text. */
  cautionIds: v.array(idSchema),
  facts: v.optional(v.array(factSchema)),
  prescription: prescriptionSchema,
});

/** What a routine (or a user) may change for one item. Plain numbers: the user chose them. */
export const overridesSchema = v.strictObject({
  sets: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'), v.maxValue(20, 'must be at most 20'))),
  reps: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'), v.maxValue(100, 'must be at most 100'))),
  /** Seconds of each timed part (timed exercises). */
  seconds: v.optional(v.pipe(v.number('must be a number'), v.finite('must be a finite number'), v.minValue(1, 'must be at least 1 second'), v.maxValue(MAX_STEP_SECONDS, 'must be at most 1 hour'))),
  /** Seconds of the hold phase (reps) or the target (max-hold). */
  holdSeconds: v.optional(v.pipe(v.number('must be a number'), v.finite('must be a finite number'), v.minValue(1, 'must be at least 1 second'), v.maxValue(MAX_STEP_SECONDS, 'must be at most 1 hour'))),
  /** Which sides to work for per-side and alternating exercises. */
  sides: v.optional(v.picklist(['both', 'right', 'left'], "must be 'both', 'right' or 'left'")),
  restBetweenSetsSeconds: v.optional(v.pipe(v.number('must be a number'), v.finite('must be a finite number'), v.minValue(0, 'must not be negative'), v.maxValue(MAX_STEP_SECONDS, 'must be at most 1 hour'))),
});

export const routineItemSchema = v.strictObject({
  exerciseId: idSchema,
  overrides: v.optional(overridesSchema),
  /** Rest after this item, before the next exercise; the settings' rest when absent. */
  restAfterSeconds: v.optional(v.pipe(v.number('must be a number'), v.finite('must be a finite number'), v.minValue(0, 'must not be negative'), v.maxValue(MAX_STEP_SECONDS, 'must be at most 1 hour'))),
});

export const MAX_ROUTINE_ITEMS = 100;

export const routineSchema = v.strictObject({
  id: idSchema,
  name: nameSchema,
  purpose: text(200),
  region: routineRegionSchema,
  level: levelSchema,
  notes: v.optional(v.array(text(300))),
  items: v.pipe(
    v.array(routineItemSchema, 'must be a list of items'),
    v.minLength(1, 'must have at least one exercise'),
    v.maxLength(MAX_ROUTINE_ITEMS, `must have at most ${MAX_ROUTINE_ITEMS} items`),
  ),
});

export const sportSchema = v.strictObject({
  id: idSchema,
  name: nameSchema,
  articleName: text(100),
  benefits: v.pipe(v.array(text(300)), v.minLength(1, 'must list at least one benefit')),
  cautions: v.pipe(v.array(text(300)), v.minLength(1, 'must list at least one caution')),
  /** The id of each caution, in the order of `cautions`. */
  cautionIds: v.array(idSchema),
  /** Who should not do it, or not in this form ("herniated disc", "markedly overweight"). */
  avoidIf: v.optional(v.array(text(300))),
  /** Variants the article prefers or advises against (swimming strokes). */
  variants: v.optional(
    v.array(v.strictObject({ id: idSchema, name: nameSchema, verdict: v.picklist(['recommended', 'advised-against']), reason: text(300) })),
  ),
});

export const exercisesFileSchema = v.strictObject({ version: v.literal(1), exercises: v.array(exerciseSchema) });
export const routinesFileSchema = v.strictObject({ version: v.literal(1), routines: v.array(routineSchema) });
export const sportsFileSchema = v.strictObject({ version: v.literal(1), sports: v.array(sportSchema) });

export type Region = v.InferOutput<typeof regionSchema>;
export type RoutineRegion = v.InferOutput<typeof routineRegionSchema>;
export type Level = v.InferOutput<typeof levelSchema>;
export type Side = v.InferOutput<typeof sideSchema>;
export type Sides = v.InferOutput<typeof sidesSchema>;
export type TimedPart = v.InferOutput<typeof timedPartSchema>;
export type RepPhase = v.InferOutput<typeof repPhaseSchema>;
export type Prescription = v.InferOutput<typeof prescriptionSchema>;
export type TimedPrescription = v.InferOutput<typeof timedPrescriptionSchema>;
export type RepsPrescription = v.InferOutput<typeof repsPrescriptionSchema>;
export type MaxHoldPrescription = v.InferOutput<typeof maxHoldPrescriptionSchema>;
export type Equipment = v.InferOutput<typeof equipmentSchema>;
export type Exercise = v.InferOutput<typeof exerciseSchema>;
export type Overrides = v.InferOutput<typeof overridesSchema>;
export type RoutineItem = v.InferOutput<typeof routineItemSchema>;
export type Routine = v.InferOutput<typeof routineSchema>;
export type Sport = v.InferOutput<typeof sportSchema>;
