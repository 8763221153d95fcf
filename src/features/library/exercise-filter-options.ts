import type { Exercise } from '../../catalog/schema';
import { NO_EQUIPMENT } from '../../shared/ui/equipment-choice';
import type { FilterChipOption } from '../../shared/ui/filter-chips';
import { muscleGroupKey, muscleGroupOf } from './exercise-filter';

/** Every muscle group the exercises work, in alphabetical order. */
export function muscleOptionsOf(exercises: readonly Exercise[]): FilterChipOption<string>[] {
  const groups = new Map<string, string>();
  for (const muscle of exercises.flatMap((exercise) => exercise.muscles)) groups.set(muscleGroupKey(muscle.name), muscleGroupOf(muscle.name));
  return [...groups].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** "No equipment" first, then every item some exercise cannot do without (optional ones never filter). */
export function equipmentOptionsOf(exercises: readonly Exercise[]): FilterChipOption<string>[] {
  const required = new Map<string, string>();
  for (const item of exercises.flatMap((exercise) => exercise.equipment)) {
    if (!item.optional) required.set(item.id, item.name);
  }
  return [{ value: NO_EQUIPMENT, label: 'No equipment' }, ...[...required].map(([value, label]) => ({ value, label }))];
}
