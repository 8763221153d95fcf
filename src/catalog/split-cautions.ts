/**
 * A routine's cautions: those every exercise shares are said once, each exercise then lists only
 * its own. Told apart by caution id, never by comparing text, so it works in every language.
 */
import type { Exercise } from './schema';

export function splitCautionsById(exercises: readonly Exercise[]): { shared: string[]; own: Map<string, string[]> } {
  const unique = [...new Map(exercises.map((exercise) => [exercise.id, exercise])).values()];
  const inEvery = (id: string) => unique.every((exercise) => exercise.cautionIds.includes(id));
  const sharedIds = new Set(unique.length > 1 ? (unique[0]?.cautionIds.filter(inEvery) ?? []) : []);
  const textsOf = (exercise: Exercise, keep: (id: string) => boolean) => exercise.cautions.filter((_text, index) => keep(exercise.cautionIds[index] ?? ''));
  const shared = unique[0] === undefined ? [] : textsOf(unique[0], (id) => sharedIds.has(id));
  const own = new Map(unique.map((exercise) => [exercise.id, textsOf(exercise, (id) => !sharedIds.has(id))]));
  return { shared, own };
}
