import type { Level, RoutineRegion } from '../../catalog/schema';
import { levels, routineRegions } from '../../shared/ui/catalog-labels';
import { durationBucketOptions, type DurationBucket, type RoutineFilter } from './routine-filter';

/**
 * The filters live in the address (`?region=thoracic&level=beginner,intermediate`), so they
 * survive a visit to a routine's detail and the back button. The address is untrusted: unknown
 * values are dropped, never shown.
 */
const keys = { regions: 'region', levels: 'level', durations: 'duration', equipment: 'equipment' } as const;

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  const values = raw.split(',').filter((value): value is T => (allowed as readonly string[]).includes(value));
  return [...new Set(values)];
}

export function filterFromParams(params: URLSearchParams, equipmentChoices: readonly string[]): RoutineFilter {
  return {
    regions: listParam<RoutineRegion>(params, keys.regions, routineRegions),
    levels: listParam<Level>(params, keys.levels, levels),
    durations: listParam<DurationBucket>(params, keys.durations, durationBucketOptions.map((option) => option.value)),
    equipment: listParam(params, keys.equipment, equipmentChoices),
  };
}

export function paramsFromFilter(filter: RoutineFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(keys) as [keyof RoutineFilter, string][]) {
    if (filter[field].length > 0) params.set(key, filter[field].join(','));
  }
  return params;
}
