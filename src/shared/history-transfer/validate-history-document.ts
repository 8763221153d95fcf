/**
 * Validates an untrusted history document (an import file, already parsed from JSON): the
 * envelope first (another app's file, a routines file, a newer version), then each workout with
 * the stored workout's own schema (passed in: the schema lives with the store), then what the
 * schema cannot say: dates before 2000 or in the future, a workout that ends before it starts or
 * lasts more than a day, an active time or a hold longer than the workout, too many entries.
 * The first problem wins and is said with its place: "workout 3, hold 1, time held: must not be
 * negative". Texts are normalized first (src/shared/text/user-text.ts).
 */
import * as v from 'valibot';
import { formatNumber } from '../i18n/format';
import { currentLanguage, translate, type MessageKey } from '../i18n/i18n';
import { atPlace } from '../routine-transfer/describe-issue';
import { problemOf } from '../routine-transfer/issue-problem';
import { ROUTINES_DOCUMENT_FORMAT } from '../routine-transfer/routines-document';
import { normalizeMultilineText, normalizeUserText } from '../text/user-text';
import { HISTORY_DOCUMENT_APP, HISTORY_DOCUMENT_KIND, HISTORY_DOCUMENT_VERSION } from './history-document';
import type { ExportableWorkout } from './history-csv';
import {
  EARLIEST_WORKOUT_MS,
  FUTURE_TOLERANCE_MS,
  MAX_ENTRIES_PER_WORKOUT,
  MAX_SET_ASIDE_PER_FILE,
  MAX_WORKOUT_DURATION_MS,
  MAX_WORKOUTS_PER_FILE,
} from './history-limits';

export type HistoryCheck<W> =
  | { readonly ok: true; readonly workouts: readonly W[]; readonly setAsideCount: number }
  | { readonly ok: false; readonly message: string };

export interface HistoryCheckContext<W> {
  readonly workoutSchema: v.GenericSchema<unknown, W>;
  readonly nowMs: number;
}

const fail = (message: string) => ({ ok: false, message }) as const;

const FIELD_NAMES: Readonly<Record<string, MessageKey>> = {
  routineId: 'historyTransfer.field.routineId',
  routineName: 'historyTransfer.field.routineName',
  startedAtMs: 'historyTransfer.field.startedAt',
  endedAtMs: 'historyTransfer.field.endedAt',
  activeMs: 'historyTransfer.field.activeTime',
  pausedMs: 'historyTransfer.field.pausedTime',
  heldMs: 'historyTransfer.field.heldTime',
  exerciseId: 'historyTransfer.field.exercise',
  rating: 'historyTransfer.field.rating',
  note: 'historyTransfer.field.note',
};

const NUMBERED: Readonly<Record<string, MessageKey>> = { maxHolds: 'historyTransfer.place.hold', exercises: 'historyTransfer.place.exercise' };

/** [2, "maxHolds", 0, "heldMs"] → "workout 3, hold 1, time held". */
function describePlace(workoutIndex: number, keys: readonly unknown[]): string {
  const parts = [translate('historyTransfer.place.workout', { number: workoutIndex + 1 })];
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index];
    const next = keys[index + 1];
    if (typeof key === 'string' && Object.hasOwn(NUMBERED, key) && typeof next === 'number') {
      parts.push(translate(NUMBERED[key]!, { number: next + 1 }));
      index += 1;
    } else if (typeof key === 'number') {
      parts.push(translate('manage.path.entryNumber', { number: key + 1 }));
    } else if (typeof key === 'string') {
      parts.push(Object.hasOwn(FIELD_NAMES, key) ? translate(FIELD_NAMES[key]!) : key.slice(0, 40));
    }
  }
  return parts.join(', ');
}

function checkEnvelope(document: unknown): { ok: false; message: string } | { ok: true; workouts: readonly unknown[]; setAsideCount: number } {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return fail(translate('historyTransfer.problem.notHistory'));
  const { app, kind, version, workouts, setAside, format } = document as Record<string, unknown>;
  if (format === ROUTINES_DOCUMENT_FORMAT) return fail(translate('historyTransfer.problem.routinesFile'));
  if (app !== HISTORY_DOCUMENT_APP || kind !== HISTORY_DOCUMENT_KIND) return fail(translate('historyTransfer.problem.notHistory'));
  if (typeof version === 'number' && version > HISTORY_DOCUMENT_VERSION) {
    return fail(translate('historyTransfer.problem.newerVersion', { version, supported: HISTORY_DOCUMENT_VERSION }));
  }
  if (version !== HISTORY_DOCUMENT_VERSION) return fail(translate('historyTransfer.problem.wrongVersion', { supported: HISTORY_DOCUMENT_VERSION }));
  if (!Array.isArray(workouts)) return fail(translate('historyTransfer.problem.noWorkoutList'));
  if (workouts.length > MAX_WORKOUTS_PER_FILE) return fail(translate('historyTransfer.problem.tooManyWorkouts', { count: workouts.length, max: MAX_WORKOUTS_PER_FILE }));
  const setAsideCount = Array.isArray(setAside) ? setAside.length : 0;
  if (setAsideCount > MAX_SET_ASIDE_PER_FILE) return fail(translate('historyTransfer.problem.tooManySetAside', { max: MAX_SET_ASIDE_PER_FILE }));
  return { ok: true, workouts, setAsideCount };
}

/** The candidate with its texts normalized as every text from outside is; anything else is left for the schema. */
function withCleanTexts(candidate: unknown): unknown {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return candidate;
  const fields: Record<string, unknown> = { ...candidate };
  if (typeof fields.routineName === 'string') fields.routineName = normalizeUserText(fields.routineName);
  if (typeof fields.note === 'string') fields.note = normalizeMultilineText(fields.note);
  return fields;
}

const hours = (durationMs: number) =>
  formatNumber(durationMs / 3_600_000, currentLanguage(), { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });

/** What the schema cannot say: a fragment for the first impossible value, with its path. */
function impossibility(workout: ExportableWorkout, nowMs: number): { keys: readonly (string | number)[]; problem: string } | null {
  if (workout.startedAtMs < EARLIEST_WORKOUT_MS) return { keys: ['startedAtMs'], problem: translate('historyTransfer.problem.before2000') };
  if (workout.endedAtMs > nowMs + FUTURE_TOLERANCE_MS) return { keys: ['endedAtMs'], problem: translate('historyTransfer.problem.inTheFuture') };
  if (workout.startedAtMs > workout.endedAtMs) return { keys: ['endedAtMs'], problem: translate('historyTransfer.problem.endsBeforeStart') };
  const durationMs = workout.endedAtMs - workout.startedAtMs;
  if (durationMs > MAX_WORKOUT_DURATION_MS) {
    return { keys: [], problem: translate('historyTransfer.problem.tooLong', { duration: hours(durationMs) }) };
  }
  if (workout.activeMs > durationMs) return { keys: ['activeMs'], problem: translate('historyTransfer.problem.longerThanWorkout') };
  const longHold = workout.maxHolds.findIndex((hold) => hold.heldMs > durationMs);
  if (longHold >= 0) return { keys: ['maxHolds', longHold, 'heldMs'], problem: translate('historyTransfer.problem.longerThanWorkout') };
  for (const list of ['maxHolds', 'exercises', 'exercisesDone', 'exercisesSkipped'] as const) {
    if (workout[list].length > MAX_ENTRIES_PER_WORKOUT) return { keys: [list], problem: translate('manage.problem.atMostEntries', { max: MAX_ENTRIES_PER_WORKOUT }) };
  }
  return null;
}

/** Workouts checked per task: 10,000 in one go held the page for most of a second. */
const WORKOUTS_PER_TASK = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Validates a parsed history document; never throws. Messages are in the active language. */
export async function validateHistoryDocument<W extends ExportableWorkout>(document: unknown, { workoutSchema, nowMs }: HistoryCheckContext<W>): Promise<HistoryCheck<W>> {
  const envelope = checkEnvelope(document);
  if (!envelope.ok) return envelope;
  const workouts: W[] = [];
  for (const [index, candidate] of envelope.workouts.entries()) {
    if (index > 0 && index % WORKOUTS_PER_TASK === 0) await nextTask();
    const parsed = v.safeParse(workoutSchema, withCleanTexts(candidate));
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const keys = (issue.path ?? []).map((item) => item.key);
      const missing = issue.input === undefined && keys.length > 0;
      return fail(atPlace(describePlace(index, keys), missing ? translate('manage.problem.missing') : problemOf(issue)));
    }
    const impossible = impossibility(parsed.output, nowMs);
    if (impossible) return fail(atPlace(describePlace(index, impossible.keys), impossible.problem));
    workouts.push(parsed.output);
  }
  return { ok: true, workouts, setAsideCount: envelope.setAsideCount };
}
