/**
 * Equipment is listed per exercise, and a routine's equipment is derived from its exercises by
 * id. So one id must mean one thing everywhere: the same name wherever it appears.
 */
import { problem, type Problem } from './problem';
import type { Exercise } from './schema';

export interface LocatedProblem {
  readonly exerciseIndex: number;
  readonly problem: Problem;
}

export function equipmentNameProblems(exercises: readonly Exercise[]): LocatedProblem[] {
  const firstUse = new Map<string, { name: string; exerciseId: string }>();
  return exercises.flatMap((exercise, exerciseIndex) =>
    exercise.equipment.flatMap((item, equipmentIndex) => {
      const first = firstUse.get(item.id);
      if (first === undefined) {
        firstUse.set(item.id, { name: item.name, exerciseId: exercise.id });
        return [];
      }
      if (first.name === item.name) return [];
      const message = `"${item.name}" differs from "${first.name}", the name of equipment "${item.id}" in exercise "${first.exerciseId}": one id, one name`;
      return [{ exerciseIndex, problem: problem(['equipment', equipmentIndex, 'name'], message) }];
    }),
  );
}
