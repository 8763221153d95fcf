/**
 * One language's words for the shipped catalog, as stored in data/locales/<language>/*.json.
 * Keyed by the ids of the structure files (data/*.json); lists that are only words (setup, cues,
 * notes, benefits) are lists here. Which keys must exist is decided against the structure and
 * the English texts (text-completeness.ts); this schema only checks that every value is text.
 */
import * as v from 'valibot';

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const name = text(100);
const cue = text(200);
const long = text(300);
const texts = (item: v.GenericSchema<string>) => v.array(item, 'must be a list of texts');
const byId = <T extends v.GenericSchema>(item: T) => v.record(v.string(), item, 'must be an object of texts by id');

/** The words for one sourced number: why a default was chosen, and what an English quote means. */
const numberTexts = v.strictObject({ note: v.optional(long), quoteMeaning: v.optional(long) }, 'must be { note?, quoteMeaning? }');

const prescriptionTexts = v.strictObject({
  sideLabels: v.optional(v.strictObject({ right: name, left: name })),
  switch: v.optional(v.strictObject({ cue, seconds: v.optional(numberTexts) })),
  sets: v.optional(numberTexts),
  restBetweenSetsSeconds: v.optional(numberTexts),
  reps: v.optional(numberTexts),
  parts: v.optional(v.array(v.strictObject({ name, seconds: v.optional(numberTexts), cues: texts(cue) }))),
  phases: v.optional(v.array(v.strictObject({ name, seconds: v.optional(numberTexts), cue }))),
  targetSeconds: v.optional(numberTexts),
  capSeconds: v.optional(numberTexts),
  cues: v.optional(texts(cue)),
});

export const exerciseTextsSchema = v.strictObject({
  name,
  /** The source text's own name for it, in this language's words where the name is explained. */
  articleName: name,
  summary: long,
  /** The source text's words for each muscle (its mistranslations), by muscle id. */
  muscleTerms: v.optional(byId(name)),
  equipmentDetails: v.optional(byId(text(200))),
  setup: texts(cue),
  cues: texts(cue),
  facts: v.optional(byId(v.strictObject({ label: name, value: v.optional(numberTexts) }))),
  prescription: prescriptionTexts,
});

export const exerciseTextsFileSchema = v.strictObject({
  version: v.literal(1, 'must be 1 (the only file version this app reads)'),
  muscles: byId(name),
  equipment: byId(name),
  cautions: byId(long),
  exercises: byId(exerciseTextsSchema),
});

export const routineTextsFileSchema = v.strictObject({
  version: v.literal(1, 'must be 1 (the only file version this app reads)'),
  routines: byId(v.strictObject({ name, purpose: text(200), notes: v.optional(texts(long)) })),
});

export const sportTextsFileSchema = v.strictObject({
  version: v.literal(1, 'must be 1 (the only file version this app reads)'),
  cautions: byId(long),
  sports: byId(
    v.strictObject({
      name,
      articleName: name,
      benefits: texts(long),
      avoidIf: v.optional(texts(long)),
      variants: v.optional(byId(v.strictObject({ name, reason: long }))),
    }),
  ),
});

export type ExerciseTexts = v.InferOutput<typeof exerciseTextsSchema>;
export type ExerciseTextsFile = v.InferOutput<typeof exerciseTextsFileSchema>;
export type RoutineTextsFile = v.InferOutput<typeof routineTextsFileSchema>;
export type SportTextsFile = v.InferOutput<typeof sportTextsFileSchema>;
export type NumberTexts = v.InferOutput<typeof numberTexts>;

/** One language's three text files. */
export interface CatalogTexts {
  readonly exercises: ExerciseTextsFile;
  readonly routines: RoutineTextsFile;
  readonly sports: SportTextsFile;
}
