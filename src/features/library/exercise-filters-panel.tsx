import type { Level, Region } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { exerciseRegionLabel, exerciseRegions, levelLabel, levels } from '../../shared/ui/catalog-labels';
import { toggled } from '../../shared/ui/equipment-choice';
import { FilterChips, type FilterChipOption } from '../../shared/ui/filter-chips';
import { emptyExerciseFilter, isExerciseFilterEmpty, type ExerciseFilter } from './exercise-filter';

interface ExerciseFiltersPanelProps {
  readonly filter: ExerciseFilter;
  readonly onChange: (filter: ExerciseFilter) => void;
  readonly muscleOptions: readonly FilterChipOption<string>[];
  readonly equipmentOptions: readonly FilterChipOption<string>[];
}

/** The search box and the four filter groups of the library. */
export function ExerciseFiltersPanel({ filter, onChange, muscleOptions, equipmentOptions }: ExerciseFiltersPanelProps) {
  const t = useT();
  const regionOptions = exerciseRegions.map((value) => ({ value, label: exerciseRegionLabel(t, value) }));
  const levelOptions = levels.map((value) => ({ value, label: levelLabel(t, value) }));
  return (
    <div className="filters-panel" role="search" aria-label={t('browse.library.filtersLabel')}>
      <div className="exercise-search">
        <label htmlFor="exercise-search">{t('browse.library.search')}</label>
        <input
          id="exercise-search"
          type="search"
          value={filter.query}
          maxLength={100}
          aria-describedby="exercise-search-hint"
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
        <p id="exercise-search-hint" className="filter-chips-hint">
          {t('browse.library.searchHint')}
        </p>
      </div>
      <FilterChips<Region>
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
      <FilterChips<string>
        legend={t('browse.library.muscle')}
        wide
        options={muscleOptions}
        selected={filter.muscles}
        onToggle={(value) => onChange({ ...filter, muscles: toggled(filter.muscles, value) })}
      />
      <FilterChips<string>
        legend={t('browse.filter.equipment')}
        hint={t('browse.library.equipmentHint')}
        options={equipmentOptions}
        selected={filter.equipment}
        onToggle={(value) => onChange({ ...filter, equipment: toggled(filter.equipment, value) })}
      />
      <div className="filters-panel-actions">
        <button type="button" onClick={() => onChange(emptyExerciseFilter)} disabled={isExerciseFilterEmpty(filter)}>
          {t('browse.library.clear')}
        </button>
      </div>
    </div>
  );
}
