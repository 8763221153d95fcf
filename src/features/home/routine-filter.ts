import type { Level, RoutineRegion } from '../../catalog/schema';
import { fitsEquipment } from '../../shared/ui/equipment-choice';
import type { MessageKey } from '../../shared/i18n/i18n';
import { roundedMinutes } from '../../shared/i18n/format';
import type { RoutineSummary } from '../../shared/ui/routine-card';

export type DurationBucket = 'under-10' | '10-20' | 'over-20';

/** The buckets in order, each with the key of its words. */
export const durationBucketOptions: readonly { readonly value: DurationBucket; readonly labelKey: MessageKey }[] = [
  { value: 'under-10', labelKey: 'browse.filter.duration.under10' },
  { value: '10-20', labelKey: 'browse.filter.duration.10to20' },
  { value: 'over-20', labelKey: 'browse.filter.duration.over20' },
];

/** The home page's filters. An empty list means "any"; several values in one list mean "any of these". */
export interface RoutineFilter {
  readonly regions: readonly RoutineRegion[];
  readonly levels: readonly Level[];
  readonly durations: readonly DurationBucket[];
  /** Equipment ids the user has, plus NO_EQUIPMENT; see equipment-choice.ts. */
  readonly equipment: readonly string[];
}

export const emptyRoutineFilter: RoutineFilter = { regions: [], levels: [], durations: [], equipment: [] };

/** Buckets by the minutes a card displays, so a "10 min" card is never listed under "Under 10 min". */
export function durationBucketOf(durationMs: number): DurationBucket {
  const minutes = roundedMinutes(durationMs);
  if (minutes < 10) return 'under-10';
  return minutes <= 20 ? '10-20' : 'over-20';
}

const anyOf = <T>(picked: readonly T[], value: T): boolean => picked.length === 0 || picked.includes(value);

export function routineMatches(summary: RoutineSummary, filter: RoutineFilter): boolean {
  const requiredEquipmentIds = summary.equipment.filter((item) => !item.optional).map((item) => item.id);
  const durationFits =
    filter.durations.length === 0 || (summary.durationMs !== null && filter.durations.includes(durationBucketOf(summary.durationMs)));
  return (
    anyOf(filter.regions, summary.region) &&
    anyOf(filter.levels, summary.level) &&
    durationFits &&
    fitsEquipment(requiredEquipmentIds, filter.equipment)
  );
}

export function isFilterEmpty(filter: RoutineFilter): boolean {
  return filter.regions.length + filter.levels.length + filter.durations.length + filter.equipment.length === 0;
}
