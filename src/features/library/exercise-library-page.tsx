import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Translate } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { ExerciseCard } from './exercise-card';
import { emptyExerciseFilter, exerciseMatches, muscleGroupsOf, type ExerciseFilter } from './exercise-filter';
import { equipmentOptionsOf, muscleOptionsOf } from './exercise-filter-options';
import { exerciseFilterFromParams, paramsFromExerciseFilter } from './exercise-filter-params';
import { ExerciseFiltersPanel } from './exercise-filters-panel';
import '../../shared/ui/browse-layout.css';
import './exercise-library.css';

function resultCountText(t: Translate, shown: number, total: number): string {
  if (shown === 0) return t('browse.library.countNone');
  if (shown === total) return t('browse.library.countAll', { total });
  return t('browse.library.countSome', { shown, total });
}

/** /exercises: every exercise of the article, searchable by name, muscle and the article's words. */
export default function ExerciseLibraryPage() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  usePageTitle(t('browse.library.title'));
  const [params, setParams] = useSearchParams();
  const muscleGroups = useMemo(() => muscleGroupsOf(catalog.exercises), [catalog]);
  const muscleOptions = useMemo(() => muscleOptionsOf(catalog.exercises, muscleGroups, language), [catalog, muscleGroups, language]);
  const equipmentOptions = useMemo(() => equipmentOptionsOf(catalog.exercises, t), [catalog, t]);
  const filter = exerciseFilterFromParams(params, {
    muscles: muscleOptions.map((option) => option.value),
    equipment: equipmentOptions.map((option) => option.value),
  });
  const changeFilter = (next: ExerciseFilter) => setParams(paramsFromExerciseFilter(next), { replace: true });
  const shown = catalog.exercises.filter((exercise) => exerciseMatches(exercise, filter, muscleGroups));

  return (
    <section className="page exercise-library">
      <h1>{t('browse.library.title')}</h1>
      <p>{t('browse.library.intro', { count: catalog.exercises.length })}</p>
      <ExerciseFiltersPanel filter={filter} onChange={changeFilter} muscleOptions={muscleOptions} equipmentOptions={equipmentOptions} />
      <p className="result-count" role="status">
        {resultCountText(t, shown.length, catalog.exercises.length)}
      </p>
      {shown.length === 0 ? (
        <button type="button" className="primary" onClick={() => changeFilter(emptyExerciseFilter)}>
          {t('browse.library.showAll')}
        </button>
      ) : (
        <ul className="card-grid">
          {shown.map((exercise) => (
            <li key={exercise.id}>
              <ExerciseCard exercise={exercise} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
