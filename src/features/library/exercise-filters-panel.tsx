import type { Level, Region } from '../../catalog/schema';
import { exerciseRegionLabels, exerciseRegions, levelLabels, levels } from '../../shared/ui/catalog-labels';
import { toggled } from '../../shared/ui/equipment-choice';
import { FilterChips, type FilterChipOption } from '../../shared/ui/filter-chips';
import { emptyExerciseFilter, isExerciseFilterEmpty, type ExerciseFilter } from './exercise-filter';

interface ExerciseFiltersPanelProps {
  readonly filter: ExerciseFilter;
  readonly onChange: (filter: ExerciseFilter) => void;
  readonly muscleOptions: readonly FilterChipOption<string>[];
  readonly equipmentOptions: readonly FilterChipOption<string>[];
}

const regionOptions = exerciseRegions.map((value) => ({ value, label: exerciseRegionLabels[value] }));
const levelOptions = levels.map((value) => ({ value, label: levelLabels[value] }));

/** The search box and the four filter groups of the library. */
export function ExerciseFiltersPanel({ filter, onChange, muscleOptions, equipmentOptions }: ExerciseFiltersPanelProps) {
  return (
    <div className="filters-panel" role="search" aria-label="Search and filter exercises">
      <div className="exercise-search">
        <label htmlFor="exercise-search">Search exercises</label>
        <input
          id="exercise-search"
          type="search"
          value={filter.query}
          maxLength={100}
          aria-describedby="exercise-search-hint"
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
        <p id="exercise-search-hint" className="filter-chips-hint">
          By name or muscle. Also finds the translated article’s own terms, such as “pool lift” (pelvic lift) and “hood muscles” (trapezius).
        </p>
      </div>
      <FilterChips<Region>
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
      <FilterChips<string>
        legend="Muscle"
        wide
        options={muscleOptions}
        selected={filter.muscles}
        onToggle={(value) => onChange({ ...filter, muscles: toggled(filter.muscles, value) })}
      />
      <FilterChips<string>
        legend="Equipment you have"
        hint="Shows the exercises you can do with what you pick. Optional items never hide an exercise."
        options={equipmentOptions}
        selected={filter.equipment}
        onToggle={(value) => onChange({ ...filter, equipment: toggled(filter.equipment, value) })}
      />
      <div className="filters-panel-actions">
        <button type="button" onClick={() => onChange(emptyExerciseFilter)} disabled={isExerciseFilterEmpty(filter)}>
          Clear search and filters
        </button>
      </div>
    </div>
  );
}
