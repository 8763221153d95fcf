import type { Exercise } from '../../catalog/schema';
import { splitCautionsById } from '../../catalog/split-cautions';
import { useT } from '../../shared/i18n/use-translation';

/** The cautions of every exercise in the routine, once per exercise even if it comes twice. */
export function RoutineCautions({ exercises }: { readonly exercises: readonly Exercise[] }) {
  const t = useT();
  const { shared, own } = splitCautionsById(exercises);
  const namesById = new Map(exercises.map((exercise) => [exercise.id, exercise.name]));
  return (
    <section aria-labelledby="routine-cautions-title">
      <h2 id="routine-cautions-title">{t('browse.cautions.title')}</h2>
      <p>{t('browse.cautions.doctor')}</p>
      {shared.length > 0 && (
        <ul>
          {shared.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      )}
      {[...own].map(
        ([exerciseId, cautions]) =>
          cautions.length > 0 && (
            <section key={exerciseId} aria-labelledby={`cautions-${exerciseId}`}>
              <h3 id={`cautions-${exerciseId}`}>{namesById.get(exerciseId)}</h3>
              <ul>
                {cautions.map((caution) => (
                  <li key={caution}>{caution}</li>
                ))}
              </ul>
            </section>
          ),
      )}
    </section>
  );
}
