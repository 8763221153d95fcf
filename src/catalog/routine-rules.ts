/**
 * Rules for a routine against the exercises it names: every exercise exists, every override
 * fits the exercise's prescription, and the routine's region and level tell the truth about
 * its exercises. Reusable for routines a user imports or opens from a link.
 */
import { holdPhaseIndex } from './hold-phase';
import { problem, type Problem } from './problem';
import type { Exercise, Level, Overrides, Routine, RoutineItem } from './schema';

const levelRank: Record<Level, number> = { beginner: 0, intermediate: 1, advanced: 2 };

/** Problems with the routine's items; `checkLabels` also checks its region and level (built-in routines). */
export function routineProblems(routine: Routine, exercisesById: ReadonlyMap<string, Exercise>, checkLabels = true): Problem[] {
  const problems = routine.items.flatMap((item, index) => itemProblems(item, index, exercisesById));
  if (!checkLabels) return problems;
  const exercises = routine.items.flatMap((item) => exercisesById.get(item.exerciseId) ?? []);
  return [...problems, ...regionProblems(routine, exercises), ...levelProblems(routine, exercises)];
}

function itemProblems(item: RoutineItem, index: number, exercisesById: ReadonlyMap<string, Exercise>): Problem[] {
  const exercise = exercisesById.get(item.exerciseId);
  if (exercise === undefined) return [problem(['items', index, 'exerciseId'], `unknown exercise "${item.exerciseId}"`)];
  if (item.overrides === undefined) return [];
  return overrideProblems(item.overrides, exercise).map((found) => problem(['items', index, 'overrides', ...found.path], found.message));
}

function overrideProblems(overrides: Overrides, exercise: Exercise): Problem[] {
  const { kind, sides } = exercise.prescription;
  const problems: Problem[] = [];
  const notFor = (key: keyof Overrides, why: string) => problems.push(problem([key], `does not apply to "${exercise.id}": ${why}`));
  if (overrides.reps !== undefined && kind !== 'reps') notFor('reps', `it is a '${kind}' exercise, without repetitions`);
  if (overrides.seconds !== undefined && kind !== 'timed') notFor('seconds', `it is a '${kind}' exercise, without timed parts`);
  if (overrides.holdSeconds !== undefined && !hasHold(exercise)) notFor('holdSeconds', 'it has no hold phase');
  if (overrides.sides !== undefined && sides === 'bilateral') notFor('sides', 'it works both sides at once');
  return problems;
}

/** A max-hold, or repetitions with a phase whose role holds a position (hold, stretch). */
export function hasHold(exercise: Exercise): boolean {
  const { prescription } = exercise;
  if (prescription.kind === 'max-hold') return true;
  return prescription.kind === 'reps' && holdPhaseIndex(prescription.phases) >= 0;
}

function regionProblems(routine: Routine, exercises: readonly Exercise[]): Problem[] {
  if (routine.region === 'full') return [];
  const outside = exercises.filter((exercise) => exercise.region !== routine.region).map((exercise) => exercise.id);
  if (outside.length === 0) return [];
  return [problem(['region'], `is '${routine.region}' but ${quoteList(outside)} ${outside.length === 1 ? 'is' : 'are'} not: use 'full' or remove ${outside.length === 1 ? 'it' : 'them'}`)];
}

function levelProblems(routine: Routine, exercises: readonly Exercise[]): Problem[] {
  const harder = exercises.filter((exercise) => levelRank[exercise.level] > levelRank[routine.level]);
  if (harder.length === 0) return [];
  const list = harder.map((exercise) => `"${exercise.id}" (${exercise.level})`).join(', ');
  return [problem(['level'], `is '${routine.level}' but it includes harder exercises: ${list}`)];
}

const quoteList = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');
