/**
 * Turns the builder's draft into a routine and says what is wrong, field by field, with the
 * same schema that guards imports and then the engine (which knows, for example, how long a
 * step may be). Errors are keyed so the UI can put each one next to its field:
 * 'name', 'purpose', 'items', `${itemKey}` (the item as a whole) or `${itemKey}.${field}`.
 * Every message is a full sentence naming its field ("Sets must be at most 20."), in the active
 * language: the schema's issues are read by kind and limit (shared/routine-transfer/issue-problem.ts).
 * Typed (or pasted) text is normalized first (src/shared/text/user-text.ts): a name pasted with a
 * zero-width space or a right-to-left override is saved without it, and a name made only of such
 * characters is refused with the reason.
 */
import * as v from 'valibot';
import { routineSchema, type Exercise, type Overrides, type Routine, type RoutineItem } from '../../catalog/schema';
import type { Plan } from '../../engine/types';
import { translate, type MessageKey } from '../../shared/i18n/i18n';
import { compileProblem } from '../../shared/routine-transfer/compile-problem';
import { problemOf } from '../../shared/routine-transfer/issue-problem';
import type { RoutineCheck } from '../../shared/routine-transfer/transfer-context';
import { checkName, checkUserText, hasVisibleCharacter, MAX_PURPOSE_CHARS, normalizeMultilineText, normalizeUserText } from '../../shared/text/user-text';
import type { DraftItem, RoutineDraft } from '../../stores/routine-drafts-store';
import { asSentence, type FieldProblem } from './field-message';
import { numberFieldsFor, sidesApply, type NumberField } from './item-fields';

export type FieldErrors = ReadonlyMap<string, string>;

export interface DraftCheck {
  /** The routine when the draft is valid, else null. */
  readonly routine: Routine | null;
  readonly plan: Plan | null;
  readonly errors: FieldErrors;
}

export interface DraftCheckContext {
  readonly exercisesById: ReadonlyMap<string, Exercise>;
  readonly checkRoutine: (routine: Routine) => RoutineCheck;
  readonly defaultRestSeconds: number;
}

export const itemFieldKey = (itemKey: string, field: NumberField | 'sides') => `${itemKey}.${field}`;

/** '' is "use the default"; "1,5" is 1.5; anything else that is not a plain number is an error. */
function parseNumber(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return 'invalid';
  return Number(trimmed.replace(',', '.'));
}

type ProblemMap = Map<string, FieldProblem>;
const fragment = (text: string): FieldProblem => ({ text, sentence: false });
const sentence = (text: string): FieldProblem => ({ text, sentence: true });

function itemFromDraft(item: DraftItem, exercise: Exercise | undefined, context: DraftCheckContext, errors: ProblemMap): RoutineItem {
  const values: Partial<Record<NumberField, number>> = {};
  const fields = exercise ? numberFieldsFor(exercise, context.defaultRestSeconds) : [];
  for (const { field } of fields) {
    const parsed = parseNumber(item[field]);
    if (parsed === 'invalid') {
      errors.set(itemFieldKey(item.key, field), fragment(translate(item[field].trim().startsWith('-') ? 'manage.problem.notNegative' : 'manage.builder.notANumber')));
    }
    else if (parsed !== undefined) values[field] = parsed;
  }
  const { restAfterSeconds, ...overrideValues } = values;
  const overrides: Overrides = { ...overrideValues, ...(exercise && sidesApply(exercise) && item.sides !== 'both' ? { sides: item.sides } : {}) };
  return {
    exerciseId: item.exerciseId,
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
    ...(restAfterSeconds !== undefined ? { restAfterSeconds } : {}),
  };
}

function errorKeyFor(path: readonly unknown[], draft: RoutineDraft): string {
  const [first, itemIndex, third, fourth] = path;
  if (first !== 'items' || typeof itemIndex !== 'number') return String(first ?? 'routine');
  const itemKey = draft.items[itemIndex]?.key;
  if (itemKey === undefined) return 'items';
  const field = third === 'overrides' ? fourth : third;
  return typeof field === 'string' && field !== 'exerciseId' ? `${itemKey}.${field}` : itemKey;
}

export function checkDraft(draft: RoutineDraft, routineId: string, context: DraftCheckContext): DraftCheck {
  const errors: ProblemMap = new Map();
  const items = draft.items.map((item) => {
    const exercise = context.exercisesById.get(item.exerciseId);
    if (!exercise) errors.set(item.key, sentence(translate('manage.builder.exerciseGone', { id: item.exerciseId })));
    return itemFromDraft(item, exercise, context, errors);
  });
  // A note with nothing visible left is dropped like an empty one: there is nothing to show.
  const notes = draft.notes.map(normalizeMultilineText).filter(hasVisibleCharacter);
  const name = checkName(draft.name, translate('manage.builder.name'));
  if (!name.ok) errors.set('name', sentence(name.reason));
  const purpose = checkUserText(draft.purpose, { subject: translate('manage.builder.purpose'), maxChars: MAX_PURPOSE_CHARS });
  if (!purpose.ok) errors.set('purpose', sentence(purpose.reason));
  const candidate = {
    id: routineId,
    name: name.ok ? name.name : normalizeUserText(draft.name),
    purpose: purpose.ok ? purpose.text : normalizeUserText(draft.purpose),
    region: draft.region,
    level: draft.level,
    ...(notes.length > 0 ? { notes } : {}),
    items,
  };
  const parsed = v.safeParse(routineSchema, candidate);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = errorKeyFor((issue.path ?? []).map((item) => item.key), draft);
      if (!errors.has(key)) errors.set(key, fragment(problemOf(issue)));
    }
  }
  const plan = planOf(candidate, errors, context, draft);
  const routine = parsed.success && errors.size === 0 ? parsed.output : null;
  return { routine, plan, errors: asSentences(errors, draft, context) };
}

const routineFieldNames: Readonly<Record<string, MessageKey>> = {
  name: 'manage.builder.name',
  purpose: 'manage.builder.purpose',
  items: 'manage.builder.theRoutine',
  routine: 'manage.builder.theRoutine',
};

/** The name the user sees for the field an error key points at ("This exercise" for a whole item). */
function fieldNameOf(key: string, draft: RoutineDraft, context: DraftCheckContext): string | null {
  const routineField = routineFieldNames[key];
  if (routineField) return translate(routineField);
  const [itemKey, field] = key.split('.');
  if (field === undefined) return translate('manage.builder.thisExercise');
  if (field === 'sides') return translate('manage.builder.sides');
  const exercise = context.exercisesById.get(draft.items.find((item) => item.key === itemKey)?.exerciseId ?? '');
  return (exercise && numberFieldsFor(exercise, context.defaultRestSeconds).find((spec) => spec.field === field)?.label) ?? null;
}

function asSentences(errors: ProblemMap, draft: RoutineDraft, context: DraftCheckContext): FieldErrors {
  return new Map([...errors].map(([key, problem]) => [key, asSentence(fieldNameOf(key, draft, context), problem)]));
}

/**
 * The plan for the live total. A missing name or purpose does not stop it: the user sees the
 * duration while still typing; problems in the items do.
 */
function planOf(candidate: object, errors: ProblemMap, context: DraftCheckContext, draft: RoutineDraft): Plan | null {
  const itemErrors = [...errors.keys()].some((key) => key !== 'name' && key !== 'purpose');
  if (itemErrors) return null;
  const forPlan = v.safeParse(routineSchema, { ...candidate, name: 'Draft', purpose: 'Draft' });
  if (!forPlan.success) return null;
  const check = context.checkRoutine(forPlan.output);
  if (check.ok) return check.plan;
  const itemKey = check.error.itemIndex === null ? undefined : draft.items[check.error.itemIndex]?.key;
  // Next to the item, its number goes without saying: the problem is said without "item 2".
  errors.set(itemKey ?? 'routine', sentence(compileProblem(check.error)));
  return null;
}
