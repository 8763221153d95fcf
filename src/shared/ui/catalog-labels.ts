import type { Level, Region, RoutineRegion } from '../../catalog/schema';
import type { MessageKey, Translate } from '../i18n/i18n';

/**
 * The words a user reads for the catalog's enums, as text keys (src/locales/<language>/browse.json):
 * `t(levelKeys[level])`, or `levelLabel(t, level)`. Type-only imports: no schema code ships with them.
 */
export const routineRegionKeys = {
  lumbar: 'browse.region.lumbar',
  thoracic: 'browse.region.thoracic',
  full: 'browse.region.full',
} as const satisfies Readonly<Record<RoutineRegion, MessageKey>>;

export const exerciseRegionKeys = {
  lumbar: 'browse.region.lumbar',
  thoracic: 'browse.region.thoracic',
} as const satisfies Readonly<Record<Region, MessageKey>>;

export const levelKeys = {
  beginner: 'browse.level.beginner',
  intermediate: 'browse.level.intermediate',
  advanced: 'browse.level.advanced',
} as const satisfies Readonly<Record<Level, MessageKey>>;

export const routineRegionLabel = (t: Translate, region: RoutineRegion): string => t(routineRegionKeys[region]);
export const exerciseRegionLabel = (t: Translate, region: Region): string => t(exerciseRegionKeys[region]);
export const levelLabel = (t: Translate, level: Level): string => t(levelKeys[level]);

export const routineRegions: readonly RoutineRegion[] = ['lumbar', 'thoracic', 'full'];
export const exerciseRegions: readonly Region[] = ['lumbar', 'thoracic'];
export const levels: readonly Level[] = ['beginner', 'intermediate', 'advanced'];
