import * as v from 'valibot';
import { levelSchema, routineRegionSchema } from '../../catalog/schema';
import { defineFormat } from '../persistence/versioned-format';

/**
 * Unsaved work in the routine builder as stored. Fields are the raw text the user typed: a
 * half-typed "1." is a draft, not an error.
 */
const fieldText = v.pipe(v.string(), v.maxLength(1000));

const draftItemSchema = v.object({
  /** Stable identity for React and drag and drop; not saved with the routine. */
  key: v.pipe(v.string(), v.maxLength(100)),
  exerciseId: v.pipe(v.string(), v.maxLength(200)),
  sets: fieldText,
  seconds: fieldText,
  reps: fieldText,
  holdSeconds: fieldText,
  restBetweenSetsSeconds: fieldText,
  restAfterSeconds: fieldText,
  sides: v.picklist(['both', 'right', 'left']),
});

const routineDraftSchema = v.object({
  name: fieldText,
  purpose: fieldText,
  region: routineRegionSchema,
  level: levelSchema,
  notes: v.pipe(v.array(fieldText), v.maxLength(50)),
  items: v.pipe(v.array(draftItemSchema), v.maxLength(200)),
});

export const savedDraftSchema = v.object({
  draft: routineDraftSchema,
  /** The content the editing started from, to tell whether anything changed. */
  baseline: v.pipe(v.string(), v.maxLength(200_000)),
});

export type DraftItem = v.InferOutput<typeof draftItemSchema>;
export type RoutineDraft = v.InferOutput<typeof routineDraftSchema>;
export type SavedDraft = v.InferOutput<typeof savedDraftSchema>;


export const draftFormat = defineFormat<SavedDraft>({ version: 1, schema: savedDraftSchema, migrations: [] });
