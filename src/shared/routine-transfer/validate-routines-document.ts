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
import { describeIssue, quoteUntrusted } from './describe-issue';
import { ROUTINES_DOCUMENT_FORMAT, ROUTINES_DOCUMENT_VERSION } from './routines-document';
import type { TransferContext, TransferResult } from './transfer-context';
import { MAX_ROUTINES_PER_FILE, MAX_STEP_SECONDS } from './transfer-limits';

const envelopeSchema = v.object({
  format: v.unknown(),
  version: v.unknown(),
  exportedAt: v.optional(v.string('must be text')),
  routines: v.pipe(
    v.array(v.unknown(), 'must be a list of routines'),
    v.minLength(1, 'the file holds no routines'),
    v.maxLength(MAX_ROUTINES_PER_FILE, `must hold at most ${MAX_ROUTINES_PER_FILE} routines`),
  ),
});

const fail = (message: string) => ({ ok: false, message }) as const;

type EnvelopeCheck = { readonly ok: false; readonly message: string } | { readonly ok: true; readonly candidates: readonly unknown[] };

function checkEnvelope(document: unknown): EnvelopeCheck {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail(`This is not an Upright routines file: it must be an object with "format": "${ROUTINES_DOCUMENT_FORMAT}".`);
  }
  const { format, version } = document as { format?: unknown; version?: unknown };
  if (format !== ROUTINES_DOCUMENT_FORMAT) {
    return fail(`This is not an Upright routines file: "format" must be "${ROUTINES_DOCUMENT_FORMAT}".`);
  }
  if (typeof version === 'number' && version > ROUTINES_DOCUMENT_VERSION) {
    return fail(`This file was made by a newer version of Upright (format version ${version}); this app reads version ${ROUTINES_DOCUMENT_VERSION}.`);
  }
  if (version !== ROUTINES_DOCUMENT_VERSION) {
    return fail(`"version" must be ${ROUTINES_DOCUMENT_VERSION}.`);
  }
  const envelope = v.safeParse(envelopeSchema, document);
  if (!envelope.success) return fail(describeIssue(envelope.issues[0]));
  return { ok: true, candidates: envelope.output.routines };
}

function checkAgainstCatalog(routine: Routine, routineIndex: number, context: TransferContext): string | null {
  const where = `routine ${routineIndex + 1}`;
  for (const [itemIndex, item] of routine.items.entries()) {
    if (!context.exercisesById.has(item.exerciseId)) {
      return `${where}, item ${itemIndex + 1}: unknown exercise ${quoteUntrusted(item.exerciseId)}`;
    }
  }
  const check = context.checkRoutine(routine);
  if (!check.ok) {
    // The engine's message already starts with "item N: " when it is about one item.
    return check.error.itemIndex === null ? `${where}: ${check.error.message}` : `${where}, ${check.error.message}`;
  }
  const maxStepMs = MAX_STEP_SECONDS * 1000;
  const tooLong = check.plan.steps.find((step) => (step.durationMs ?? step.capMs ?? 0) > maxStepMs);
  if (tooLong) {
    const item = tooLong.itemIndex === null ? '' : `, item ${tooLong.itemIndex + 1}`;
    return `${where}${item}: a step would last more than 1 hour`;
  }
  return null;
}

type TextsCheck = { readonly ok: false; readonly message: string } | { readonly ok: true; readonly candidate: unknown };

/**
 * The candidate with its texts normalized, or the first text that cannot be used. Only strings
 * are touched: a name that is not text at all is left for the schema to describe.
 */
function withCleanTexts(candidate: unknown, routineIndex: number): TextsCheck {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return { ok: true, candidate };
  const where = `routine ${routineIndex + 1}`;
  const fields: Record<string, unknown> = { ...candidate };
  const singleLine: readonly [string, TextCheckOptions][] = [
    ['name', { subject: 'its name', maxChars: MAX_NAME_CHARS }],
    ['purpose', { subject: 'its purpose', maxChars: MAX_PURPOSE_CHARS }],
  ];
  for (const [field, options] of singleLine) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const check = checkUserText(value, options);
    if (!check.ok) return fail(`${where}: ${check.reason}`);
    fields[field] = check.text;
  }
  if (Array.isArray(fields.notes)) {
    const notes: unknown[] = [];
    for (const [noteIndex, note] of fields.notes.entries()) {
      if (typeof note !== 'string') {
        notes.push(note);
        continue;
      }
      const check = checkUserText(note, { subject: `note ${noteIndex + 1}`, maxChars: MAX_NOTE_CHARS, multiline: true });
      if (!check.ok) return fail(`${where}: ${check.reason}`);
      notes.push(check.text);
    }
    fields.notes = notes;
  }
  return { ok: true, candidate: fields };
}

/** Validates a parsed document; never throws. */
export function validateRoutinesDocument(document: unknown, context: TransferContext): TransferResult {
  const envelope = checkEnvelope(document);
  if (!envelope.ok) return envelope;
  const routines: Routine[] = [];
  const seenIds = new Set<string>();
  for (const [index, candidate] of envelope.candidates.entries()) {
    const cleaned = withCleanTexts(candidate, index);
    if (!cleaned.ok) return cleaned;
    const parsed = v.safeParse(routineSchema, cleaned.candidate);
    if (!parsed.success) return fail(describeIssue(parsed.issues[0], ['routines', index]));
    const routine = parsed.output;
    if (seenIds.has(routine.id)) return fail(`routine ${index + 1}: the id ${quoteUntrusted(routine.id)} appears twice in this file`);
    seenIds.add(routine.id);
    const problem = checkAgainstCatalog(routine, index, context);
    if (problem) return fail(problem);
    routines.push(routine);
  }
  return { ok: true, routines };
}
