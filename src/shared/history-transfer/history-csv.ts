/**
 * The history as two CSV tables: workouts.csv (one row per workout) and holds.csv (one row per
 * open-ended hold, keyed by the workout's id). Column names are fixed English identifiers, not
 * translated: they are a data format that scripts and spreadsheets rely on. Times are ISO 8601
 * with the local offset, durations in seconds (to the millisecond, with a dot).
 */
import type { MaxHoldRecord, SessionRecord } from '../../engine/types';
import { csvRecords, guardFormula, toCsv, type CsvValue } from './csv';
import { isoWithOffset } from './iso-date';

/** A stored workout as the export reads it (StoredWorkout has these and more). */
export interface ExportableWorkout extends SessionRecord {
  readonly maxHolds: readonly (MaxHoldRecord & { readonly capConfirmed?: boolean })[];
  readonly rating?: string;
  readonly note?: string;
}

export interface IdentifiedWorkout<W extends ExportableWorkout = ExportableWorkout> {
  /** The stored row's id, `${startedAtMs}:${routineId}`. */
  readonly id: string;
  readonly workout: W;
}

const seconds = (ms: number): number => Math.round(ms) / 1000;
/** Ids are short identifiers, yet they come from storage, so they are guarded too. */
const text = (value: string): string => guardFormula(value);

export const WORKOUTS_CSV_HEADER = [
  'workout_id',
  'routine_id',
  'routine_name',
  'started_at',
  'ended_at',
  'duration_seconds',
  'active_seconds',
  'paused_seconds',
  'completed',
  'exercises_done',
  'exercises_skipped',
  'steps_done',
  'steps_skipped',
  'rating',
  'note',
] as const;

export const HOLDS_CSV_HEADER = ['workout_id', 'exercise_id', 'side', 'set_number', 'held_seconds', 'cap_reached', 'confirmed'] as const;

function workoutCells({ id, workout }: IdentifiedWorkout): CsvValue[] {
  return [
    text(id),
    text(workout.routineId),
    text(workout.routineName),
    isoWithOffset(workout.startedAtMs),
    isoWithOffset(workout.endedAtMs),
    seconds(workout.endedAtMs - workout.startedAtMs),
    seconds(workout.activeMs),
    seconds(workout.pausedMs),
    workout.completed,
    text(workout.exercisesDone.join(' ')),
    text(workout.exercisesSkipped.join(' ')),
    workout.stepsDone,
    workout.stepsSkipped,
    workout.rating ?? null,
    workout.note === undefined ? null : text(workout.note),
  ];
}

/** The workouts' records only (no header), so a long export can be built a slice at a time. */
export const workoutsCsvRecords = (workouts: readonly IdentifiedWorkout[]): string => csvRecords(workouts.map(workoutCells));

export const workoutsCsv = (workouts: readonly IdentifiedWorkout[]): string => toCsv(WORKOUTS_CSV_HEADER, []) + workoutsCsvRecords(workouts);

/** The holds' records only (no header); the set number counts the holds of that exercise and side within the workout, from 1. */
export function holdsCsvRecords(workouts: readonly IdentifiedWorkout[]): string {
  const rows: CsvValue[][] = [];
  for (const { id, workout } of workouts) {
    const setsSoFar = new Map<string, number>();
    for (const hold of workout.maxHolds) {
      const key = `${hold.exerciseId}:${hold.side ?? ''}`;
      const setNumber = (setsSoFar.get(key) ?? 0) + 1;
      setsSoFar.set(key, setNumber);
      rows.push([text(id), text(hold.exerciseId), hold.side ?? null, setNumber, seconds(hold.heldMs), hold.capReached, hold.capConfirmed === true]);
    }
  }
  return csvRecords(rows);
}

export const holdsCsv = (workouts: readonly IdentifiedWorkout[]): string => toCsv(HOLDS_CSV_HEADER, []) + holdsCsvRecords(workouts);
