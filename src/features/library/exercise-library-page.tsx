import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { catalog } from '../../catalog/catalog';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { ExerciseCard } from './exercise-card';
import { emptyExerciseFilter, exerciseMatches, type ExerciseFilter } from './exercise-filter';
import { equipmentOptionsOf, muscleOptionsOf } from './exercise-filter-options';
import { exerciseFilterFromParams, paramsFromExerciseFilter } from './exercise-filter-params';
import { ExerciseFiltersPanel } from './exercise-filters-panel';
import '../../shared/ui/browse-layout.css';
import './exercise-library.css';

function resultCountText(shown: number, total: number): string {
  if (shown === 0) return 'No exercise matches your search and filters.';
  if (shown === total) return `Showing all ${total} exercises.`;
  return `Showing ${shown} of ${total} exercises.`;
}

/** /exercises: every exercise of the article, searchable by name, muscle and the article's words. */
export default function ExerciseLibraryPage() {
  usePageTitle('Exercise library');
  const [params, setParams] = useSearchParams();
  const muscleOptions = useMemo(() => muscleOptionsOf(catalog.exercises), []);
  const equipmentOptions = useMemo(() => equipmentOptionsOf(catalog.exercises), []);
  const filter = exerciseFilterFromParams(params, {
    muscles: muscleOptions.map((option) => option.value),
    equipment: equipmentOptions.map((option) => option.value),
  });
  const changeFilter = (next: ExerciseFilter) => setParams(paramsFromExerciseFilter(next), { replace: true });
  const shown = catalog.exercises.filter((exercise) => exerciseMatches(exercise, filter));

  return (
    <section className="page exercise-library">
      <h1>Exercise library</h1>
      <p>The {catalog.exercises.length} exercises of the article, for the lower (lumbar) and upper (thoracic) back. Open one to see how to do it and try it alone.</p>
      <ExerciseFiltersPanel filter={filter} onChange={changeFilter} muscleOptions={muscleOptions} equipmentOptions={equipmentOptions} />
      <p className="result-count" role="status">
        {resultCountText(shown.length, catalog.exercises.length)}
      </p>
      {shown.length === 0 ? (
        <button type="button" className="primary" onClick={() => changeFilter(emptyExerciseFilter)}>
          Show all exercises
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
