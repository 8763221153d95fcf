import type { Level, RoutineRegion } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { levelLabel, levels, routineRegionLabel, routineRegions } from '../../shared/ui/catalog-labels';
import { toggled } from '../../shared/ui/equipment-choice';
import { FilterChips, type FilterChipOption } from '../../shared/ui/filter-chips';
import { durationBucketOptions, emptyRoutineFilter, isFilterEmpty, type DurationBucket, type RoutineFilter } from './routine-filter';

interface RoutineFiltersPanelProps {
  readonly filter: RoutineFilter;
  readonly onChange: (filter: RoutineFilter) => void;
  readonly equipmentOptions: readonly FilterChipOption<string>[];
}

/** The four filter groups of the routine picker, and a way to clear them all. */
export function RoutineFiltersPanel({ filter, onChange, equipmentOptions }: RoutineFiltersPanelProps) {
  const t = useT();
  const regionOptions = routineRegions.map((value) => ({ value, label: routineRegionLabel(t, value) }));
  const levelOptions = levels.map((value) => ({ value, label: levelLabel(t, value) }));
  const durationOptions = durationBucketOptions.map(({ value, labelKey }) => ({ value, label: t(labelKey) }));
  return (
    <div className="filters-panel" role="group" aria-label={t('browse.home.filtersLabel')}>
      <FilterChips<RoutineRegion>
        legend={t('browse.filter.region')}
        options={regionOptions}
        selected={filter.regions}
        onToggle={(value) => onChange({ ...filter, regions: toggled(filter.regions, value) })}
      />
      <FilterChips<Level>
        legend={t('browse.filter.level')}
        options={levelOptions}
        selected={filter.levels}
        onToggle={(value) => onChange({ ...filter, levels: toggled(filter.levels, value) })}
      />
      <FilterChips<DurationBucket>
        legend={t('browse.filter.duration')}
        options={durationOptions}
        selected={filter.durations}
        onToggle={(value) => onChange({ ...filter, durations: toggled(filter.durations, value) })}
      />
      <FilterChips<string>
        legend={t('browse.filter.equipment')}
        hint={t('browse.home.equipmentHint')}
        options={equipmentOptions}
        selected={filter.equipment}
        onToggle={(value) => onChange({ ...filter, equipment: toggled(filter.equipment, value) })}
      />
      <div className="filters-panel-actions">
        <button type="button" onClick={() => onChange(emptyRoutineFilter)} disabled={isFilterEmpty(filter)}>
          {t('browse.home.clearFilters')}
        </button>
      </div>
    </div>
  );
}
