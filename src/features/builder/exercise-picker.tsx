import { useId, useMemo, useState } from 'react';
import { MAX_ROUTINE_ITEMS, type Exercise } from '../../catalog/schema';
import { describePrescription } from '../../engine/describe-prescription';
import { prescriptionText } from '../../shared/i18n/engine-text';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { exerciseRegionLabel, levelLabel } from '../../shared/ui/catalog-labels';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import type { Translate } from '../../shared/i18n/i18n';

interface ExercisePickerProps {
  readonly exercises: readonly Exercise[];
  readonly onAdd: (exercise: Exercise) => void;
  /** Adding is refused at the routine's item limit. */
  readonly full: boolean;
}

function matches(exercise: Exercise, words: readonly string[], t: Translate): boolean {
  const haystack = [exercise.name, exercise.articleName, exercise.summary, exerciseRegionLabel(t, exercise.region), ...exercise.muscles.map((muscle) => muscle.name)]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The library, searchable by name, region or muscle, with an Add button per exercise. */
export function ExercisePicker({ exercises, onAdd, full }: ExercisePickerProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const found = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return exercises.filter((exercise) => matches(exercise, words, t));
  }, [exercises, query, t]);

  return (
    <section className="exercise-picker" aria-labelledby="exercise-picker-heading">
      <h2 id="exercise-picker-heading">{t('manage.picker.heading')}</h2>
      <div className="builder-field">
        <label htmlFor={searchId}>{t('manage.picker.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={`${searchId}-count`} />
        <p id={`${searchId}-count`} className="field-hint" role="status">
          {t('manage.exerciseCount', { count: found.length })}
        </p>
      </div>
      {full && <p className="notice">{t('manage.picker.full', { max: MAX_ROUTINE_ITEMS })}</p>}
      <ul className="picker-list">
        {found.map((exercise) => (
          <li key={exercise.id}>
            <div>
              <strong>{exercise.name}</strong>
              <span className="picker-meta">
                {exerciseRegionLabel(t, exercise.region)} · {levelLabel(t, exercise.level)} · {prescriptionText(describePrescription(exercise), t, language, catalog)}
              </span>
            </div>
            <button type="button" onClick={() => onAdd(exercise)} disabled={full}>
              {t('manage.picker.add')} <span className="visually-hidden">{exercise.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
