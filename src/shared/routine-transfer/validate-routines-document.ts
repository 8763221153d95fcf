/**
 * Validates an untrusted routines document (an import file or a share link, already parsed from
 * JSON) with the catalog's own schema, then against the catalog (every exercise must exist) and
 * the engine (the routine must compile, and no step may last more than an hour). The first
 * problem wins and is described with its place: "routine 1, item 3: unknown exercise 'plank-x'".
 *
 * Before the schema sees them, the routine's name, purpose and notes are normalized
 * (src/shared/text/user-text.ts): invisible characters (zero-width, bidi overrides, NUL) go, and
 * a name must still show something once they are gone.
 */
import * as v from 'valibot';
import { routineSchema, type Routine } from '../../catalog/schema';
import { checkUserText, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_PURPOSE_CHARS, type TextCheckOptions } from '../text/user-text';
import { translate } from '../i18n/i18n';
import { atPlace, describeIssue, describePath, quoteUntrusted } from './describe-issue';
import { compileProblem } from './compile-problem';
import { ROUTINES_DOCUMENT_FORMAT, ROUTINES_DOCUMENT_VERSION } from './routines-document';
import type { TransferContext, TransferResult } from './transfer-context';
import { MAX_ROUTINES_PER_FILE, MAX_STEP_SECONDS } from './transfer-limits';

const envelopeSchema = v.object({
  format: v.unknown(),
  version: v.unknown(),
  // The messages users read come from issue-problem.ts, in their language.
  exportedAt: v.optional(v.string()),
  routines: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(MAX_ROUTINES_PER_FILE)),
});

const fail = (message: string) => ({ ok: false, message }) as const;

type EnvelopeCheck = { readonly ok: false; readonly message: string } | { readonly ok: true; readonly candidates: readonly unknown[] };

function checkEnvelope(document: unknown): EnvelopeCheck {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail(translate('manage.transfer.notAnObject', { format: ROUTINES_DOCUMENT_FORMAT }));
  }
  const { format, version } = document as { format?: unknown; version?: unknown };
  if (format !== ROUTINES_DOCUMENT_FORMAT) {
    return fail(translate('manage.transfer.wrongFormat', { format: ROUTINES_DOCUMENT_FORMAT }));
  }
  if (typeof version === 'number' && version > ROUTINES_DOCUMENT_VERSION) {
    return fail(translate('manage.transfer.newerVersion', { version, supported: ROUTINES_DOCUMENT_VERSION }));
  }
  if (version !== ROUTINES_DOCUMENT_VERSION) {
    return fail(translate('manage.transfer.wrongVersion', { supported: ROUTINES_DOCUMENT_VERSION }));
  }
  const envelope = v.safeParse(envelopeSchema, document);
  if (!envelope.success) return fail(describeIssue(envelope.issues[0]));
  return { ok: true, candidates: envelope.output.routines };
}

/** Where a routine's problems are: "routine 2", or nothing for the one routine of a share link. */
type RoutinePlace = readonly (string | number)[];

function checkAgainstCatalog(routine: Routine, routinePlace: RoutinePlace, context: TransferContext): string | null {
  const place = (itemIndex: number | null) => describePath(itemIndex === null ? routinePlace : [...routinePlace, 'items', itemIndex]);
  for (const [itemIndex, item] of routine.items.entries()) {
    if (!context.exercisesById.has(item.exerciseId)) {
      return atPlace(place(itemIndex), translate('manage.problem.unknownExercise', { id: quoteUntrusted(item.exerciseId) }));
    }
  }
  const check = context.checkRoutine(routine);
  if (!check.ok) return atPlace(place(check.error.itemIndex), compileProblem(check.error));
  const maxStepMs = MAX_STEP_SECONDS * 1000;
  const tooLong = check.plan.steps.find((step) => (step.durationMs ?? step.capMs ?? 0) > maxStepMs);
  if (tooLong) return atPlace(place(tooLong.itemIndex), translate('manage.problem.stepOverAnHour'));
  return null;
}

type TextsCheck = { readonly ok: false; readonly message: string } | { readonly ok: true; readonly candidate: unknown };

/**
 * The candidate with its texts normalized, or the first text that cannot be used. Only strings
 * are touched: a name that is not text at all is left for the schema to describe.
 */
function withCleanTexts(candidate: unknown, routinePlace: RoutinePlace): TextsCheck {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return { ok: true, candidate };
  const where = describePath(routinePlace);
  const fields: Record<string, unknown> = { ...candidate };
  const singleLine: readonly [string, TextCheckOptions][] = [
    ['name', { subject: translate('manage.text.itsName'), maxChars: MAX_NAME_CHARS }],
    ['purpose', { subject: translate('manage.text.itsPurpose'), maxChars: MAX_PURPOSE_CHARS }],
  ];
  for (const [field, options] of singleLine) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const check = checkUserText(value, options);
    if (!check.ok) return fail(atPlace(where, check.reason));
    fields[field] = check.text;
  }
  if (Array.isArray(fields.notes)) {
    const notes: unknown[] = [];
    for (const [noteIndex, note] of fields.notes.entries()) {
      if (typeof note !== 'string') {
        notes.push(note);
        continue;
      }
      const check = checkUserText(note, { subject: translate('manage.path.noteNumber', { number: noteIndex + 1 }), maxChars: MAX_NOTE_CHARS, multiline: true });
      if (!check.ok) return fail(atPlace(where, check.reason));
      notes.push(check.text);
    }
    fields.notes = notes;
  }
  return { ok: true, candidate: fields };
}

export interface ValidateOptions {
  /** A share link: its one routine's problems are said without "routine 1". */
  readonly singleRoutine?: boolean;
}

/** Validates a parsed document; never throws. Messages are in the active language. */
export function validateRoutinesDocument(document: unknown, context: TransferContext, { singleRoutine = false }: ValidateOptions = {}): TransferResult {
  const envelope = checkEnvelope(document);
  if (!envelope.ok) return envelope;
  const routines: Routine[] = [];
  const seenIds = new Set<string>();
  for (const [index, candidate] of envelope.candidates.entries()) {
    const place: RoutinePlace = singleRoutine && index === 0 ? [] : ['routines', index];
    const cleaned = withCleanTexts(candidate, place);
    if (!cleaned.ok) return cleaned;
    const parsed = v.safeParse(routineSchema, cleaned.candidate);
    if (!parsed.success) return fail(describeIssue(parsed.issues[0], place));
    const routine = parsed.output;
    if (seenIds.has(routine.id)) return fail(atPlace(describePath(place), translate('manage.problem.duplicateId', { id: quoteUntrusted(routine.id) })));
    seenIds.add(routine.id);
    const problem = checkAgainstCatalog(routine, place, context);
    if (problem) return fail(problem);
    routines.push(routine);
  }
  return { ok: true, routines };
}
