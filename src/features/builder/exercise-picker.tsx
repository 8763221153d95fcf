import { useId, useMemo, useState } from 'react';
import type { Exercise } from '../../catalog/schema';
import { describePrescription } from '../../engine/describe-prescription';
import { exerciseRegionLabels, levelLabels } from '../../shared/ui/catalog-labels';

interface ExercisePickerProps {
  readonly exercises: readonly Exercise[];
  readonly onAdd: (exercise: Exercise) => void;
  /** Adding is refused at the routine's item limit. */
  readonly full: boolean;
}

function matches(exercise: Exercise, words: readonly string[]): boolean {
  const haystack = [exercise.name, exercise.articleName, exercise.summary, exerciseRegionLabels[exercise.region], ...exercise.muscles.map((muscle) => muscle.name)]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The library, searchable by name, region or muscle, with an Add button per exercise. */
export function ExercisePicker({ exercises, onAdd, full }: ExercisePickerProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const found = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return exercises.filter((exercise) => matches(exercise, words));
  }, [exercises, query]);

  return (
    <section className="exercise-picker" aria-labelledby="exercise-picker-heading">
      <h2 id="exercise-picker-heading">Add exercises</h2>
      <div className="builder-field">
        <label htmlFor={searchId}>Search exercises</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={`${searchId}-count`} />
        <p id={`${searchId}-count`} className="field-hint" role="status">
          {found.length === 1 ? '1 exercise' : `${found.length} exercises`}
        </p>
      </div>
      {full && <p className="notice">A routine holds at most 100 exercises.</p>}
      <ul className="picker-list">
        {found.map((exercise) => (
          <li key={exercise.id}>
            <div>
              <strong>{exercise.name}</strong>
              <span className="picker-meta">
                {exerciseRegionLabels[exercise.region]} · {levelLabels[exercise.level]} · {describePrescription(exercise)}
              </span>
            </div>
            <button type="button" onClick={() => onAdd(exercise)} disabled={full}>
              Add{' '}<span className="visually-hidden">{exercise.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
