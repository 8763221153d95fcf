import type { Level, RoutineRegion } from '../../catalog/schema';
import { levelLabels, levels, routineRegionLabels, routineRegions } from '../../shared/ui/catalog-labels';
import { toggled } from '../../shared/ui/equipment-choice';
import { FilterChips, type FilterChipOption } from '../../shared/ui/filter-chips';
import { durationBucketOptions, emptyRoutineFilter, isFilterEmpty, type DurationBucket, type RoutineFilter } from './routine-filter';

interface RoutineFiltersPanelProps {
  readonly filter: RoutineFilter;
  readonly onChange: (filter: RoutineFilter) => void;
  readonly equipmentOptions: readonly FilterChipOption<string>[];
}

const regionOptions = routineRegions.map((value) => ({ value, label: routineRegionLabels[value] }));
const levelOptions = levels.map((value) => ({ value, label: levelLabels[value] }));

/** The four filter groups of the routine picker, and a way to clear them all. */
export function RoutineFiltersPanel({ filter, onChange, equipmentOptions }: RoutineFiltersPanelProps) {
  return (
    <div className="filters-panel" role="group" aria-label="Filter routines">
      <FilterChips<RoutineRegion>
        legend="Region"
        options={regionOptions}
        selected={filter.regions}
        onToggle={(value) => onChange({ ...filter, regions: toggled(filter.regions, value) })}
      />
      <FilterChips<Level>
        legend="Level"
        options={levelOptions}
        selected={filter.levels}
        onToggle={(value) => onChange({ ...filter, levels: toggled(filter.levels, value) })}
      />
      <FilterChips<DurationBucket>
        legend="Duration"
        options={durationBucketOptions}
        selected={filter.durations}
        onToggle={(value) => onChange({ ...filter, durations: toggled(filter.durations, value) })}
      />
      <FilterChips<string>
        legend="Equipment you have"
        hint="Shows the routines you can do with what you pick. Optional items never hide a routine."
        options={equipmentOptions}
        selected={filter.equipment}
        onToggle={(value) => onChange({ ...filter, equipment: toggled(filter.equipment, value) })}
      />
      <div className="filters-panel-actions">
        <button type="button" onClick={() => onChange(emptyRoutineFilter)} disabled={isFilterEmpty(filter)}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
