import type { Level, Region } from '../../catalog/schema';
import { exerciseRegions, levels } from '../../shared/ui/catalog-labels';
import type { ExerciseFilter } from './exercise-filter';

/**
 * The search and filters live in the address (`?q=glute&region=lumbar`), so they survive a visit
 * to an exercise and the back button. The address is untrusted: unknown values are dropped and
 * the query is cut to a sane length.
 */
const MAX_QUERY_CHARS = 100;
const listKeys = { regions: 'region', levels: 'level', muscles: 'muscle', equipment: 'equipment' } as const;

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  const values = raw.split(',').filter((value): value is T => (allowed as readonly string[]).includes(value));
  return [...new Set(values)];
}

export interface ExerciseFilterChoices {
  readonly muscles: readonly string[];
  readonly equipment: readonly string[];
}

export function exerciseFilterFromParams(params: URLSearchParams, choices: ExerciseFilterChoices): ExerciseFilter {
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS),
    regions: listParam<Region>(params, listKeys.regions, exerciseRegions),
    levels: listParam<Level>(params, listKeys.levels, levels),
    muscles: listParam(params, listKeys.muscles, choices.muscles),
    equipment: listParam(params, listKeys.equipment, choices.equipment),
  };
}

export function paramsFromExerciseFilter(filter: ExerciseFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.query !== '') params.set('q', filter.query);
  for (const [field, key] of Object.entries(listKeys) as [keyof typeof listKeys, string][]) {
    if (filter[field].length > 0) params.set(key, filter[field].join(','));
  }
  return params;
}
