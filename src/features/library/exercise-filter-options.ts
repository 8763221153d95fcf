import type { Exercise } from '../../catalog/schema';
import type { Translate } from '../../shared/i18n/i18n';
import { LANGUAGE_TAGS, type Language } from '../../shared/i18n/languages';
import { NO_EQUIPMENT } from '../../shared/ui/equipment-choice';
import type { FilterChipOption } from '../../shared/ui/filter-chips';
import type { MuscleGroups } from './exercise-filter';

/** Every muscle group the exercises work, by id, named as the catalog names the group's muscle, in alphabetical order. */
export function muscleOptionsOf(exercises: readonly Exercise[], groups: MuscleGroups, language: Language): FilterChipOption<string>[] {
  const names = new Map(exercises.flatMap((exercise) => exercise.muscles.map((muscle) => [muscle.id, muscle.name] as const)));
  const groupIds = [...new Set(groups.values())];
  return groupIds
    .map((value) => ({ value, label: names.get(value) ?? value }))
    .sort((a, b) => a.label.localeCompare(b.label, LANGUAGE_TAGS[language]));
}

/** "No equipment" first, then every item some exercise cannot do without (optional ones never filter). */
export function equipmentOptionsOf(exercises: readonly Exercise[], t: Translate): FilterChipOption<string>[] {
  const required = new Map<string, string>();
  for (const item of exercises.flatMap((exercise) => exercise.equipment)) {
    if (!item.optional) required.set(item.id, item.name);
  }
  return [{ value: NO_EQUIPMENT, label: t('browse.filter.noEquipment') }, ...[...required].map(([value, label]) => ({ value, label }))];
}
