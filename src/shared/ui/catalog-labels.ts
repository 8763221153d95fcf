import type { Level, Region, RoutineRegion } from '../../catalog/schema';

/** Words a user reads for the catalog's enums. Type-only imports: no schema code ships with them. */
export const routineRegionLabels: Readonly<Record<RoutineRegion, string>> = {
  lumbar: 'Lower back',
  thoracic: 'Upper back',
  full: 'Full back',
};

export const exerciseRegionLabels: Readonly<Record<Region, string>> = {
  lumbar: 'Lower back',
  thoracic: 'Upper back',
};

export const levelLabels: Readonly<Record<Level, string>> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const routineRegions: readonly RoutineRegion[] = ['lumbar', 'thoracic', 'full'];
export const exerciseRegions: readonly Region[] = ['lumbar', 'thoracic'];
export const levels: readonly Level[] = ['beginner', 'intermediate', 'advanced'];
