import type { Exercise, Level, Region } from '../../catalog/schema';
import { fitsEquipment } from '../../shared/ui/equipment-choice';

/** The library's search and filters. An empty list means "any"; several values in one list mean "any of these". */
export interface ExerciseFilter {
  readonly query: string;
  readonly regions: readonly Region[];
  readonly levels: readonly Level[];
  /** Muscle group keys (see muscleGroupKey). */
  readonly muscles: readonly string[];
  /** Equipment ids the user has, plus NO_EQUIPMENT; see equipment-choice.ts. */
  readonly equipment: readonly string[];
}

export const emptyExerciseFilter: ExerciseFilter = { query: '', regions: [], levels: [], muscles: [], equipment: [] };

/** "Erector spinae (lower part)" and "Erector spinae (lumbar part)" are one muscle to filter by. */
export function muscleGroupOf(muscleName: string): string {
  return muscleName.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** A muscle group as it travels in the address: "erector-spinae". */
export function muscleGroupKey(muscleName: string): string {
  return normalizedText(muscleGroupOf(muscleName)).replace(/ /g, '-');
}

/** Lower case, accents and punctuation gone, so "Pool-lift" finds "Pool lift" and "glutes" finds "Glutes". */
export function normalizedText(text: string): string {
  return text
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

export function exerciseMatches(exercise: Exercise, filter: ExerciseFilter): boolean {
  const requiredEquipmentIds = exercise.equipment.filter((item) => !item.optional).map((item) => item.id);
  const muscleGroups = exercise.muscles.map((muscle) => muscleGroupKey(muscle.name));
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
