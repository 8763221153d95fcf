import type { Exercise, Level, Region } from '../../catalog/schema';
import { fitsEquipment } from '../../shared/ui/equipment-choice';

/** The library's search and filters. An empty list means "any"; several values in one list mean "any of these". */
export interface ExerciseFilter {
  readonly query: string;
  readonly regions: readonly Region[];
  readonly levels: readonly Level[];
  /** Muscle group ids (see muscleGroupsOf): language-neutral, so a link works in every language. */
  readonly muscles: readonly string[];
  /** Equipment ids the user has, plus NO_EQUIPMENT; see equipment-choice.ts. */
  readonly equipment: readonly string[];
}

export const emptyExerciseFilter: ExerciseFilter = { query: '', regions: [], levels: [], muscles: [], equipment: [] };

/** Muscle id → the id of the group it is filtered under. */
export type MuscleGroups = ReadonlyMap<string, string>;

/**
 * The muscle groups of the exercises, by id: a muscle is part of the muscle whose id its own id
 * extends ("erector-spinae-lower" and "erector-spinae-lumbar" are parts of "erector-spinae"), when
 * the catalog has that muscle; otherwise it is a group of its own. Ids, never names, so the groups
 * and the address are the same in every language.
 */
export function muscleGroupsOf(exercises: readonly Exercise[]): MuscleGroups {
  const ids = [...new Set(exercises.flatMap((exercise) => exercise.muscles.map((muscle) => muscle.id)))];
  const groupOf = (id: string) =>
    ids.filter((other) => id === other || id.startsWith(`${other}-`)).reduce((shortest, other) => (other.length < shortest.length ? other : shortest), id);
  return new Map(ids.map((id) => [id, groupOf(id)]));
}

/** Lower case, accents and punctuation gone, so "Pool-lift" finds "Pool lift", "glutes" finds "Glutes" and "Fussler" finds "Füßler". */
export function normalizedText(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Everything a search looks at: the name, the article's name, and the muscles in both vocabularies. */
function searchableText(exercise: Exercise): string {
  const muscles = exercise.muscles.flatMap((muscle) => [muscle.name, muscle.articleTerm ?? '']);
  return normalizedText([exercise.name, exercise.articleName, ...muscles].join(' '));
}

/** Every word of the query must appear somewhere ("upper trapezius" needs both). */
export function matchesQuery(exercise: Exercise, query: string): boolean {
  const words = normalizedText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchableText(exercise);
  return words.every((word) => haystack.includes(word));
}

const anyOf = <T>(picked: readonly T[], value: T): boolean => picked.length === 0 || picked.includes(value);

export function exerciseMatches(exercise: Exercise, filter: ExerciseFilter, groups: MuscleGroups): boolean {
  const requiredEquipmentIds = exercise.equipment.filter((item) => !item.optional).map((item) => item.id);
  const muscleGroups = exercise.muscles.map((muscle) => groups.get(muscle.id) ?? muscle.id);
  return (
    matchesQuery(exercise, filter.query) &&
    anyOf(filter.regions, exercise.region) &&
    anyOf(filter.levels, exercise.level) &&
    (filter.muscles.length === 0 || filter.muscles.some((muscle) => muscleGroups.includes(muscle))) &&
    fitsEquipment(requiredEquipmentIds, filter.equipment)
  );
}

export function isExerciseFilterEmpty(filter: ExerciseFilter): boolean {
  return filter.query.trim() === '' && filter.regions.length + filter.levels.length + filter.muscles.length + filter.equipment.length === 0;
}
