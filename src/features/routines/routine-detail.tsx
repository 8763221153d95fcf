import { useMemo } from 'react';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { levelLabel, routineRegionLabel } from '../../shared/ui/catalog-labels';
import { usePlannedCompileOptions } from '../../stores/planned-compile-options';
import { compileProblemText } from './compile-problem-text';
import { RoutineActions } from './routine-actions';
import { RoutineCautions } from './routine-cautions';
import { RoutineEquipment } from './routine-equipment';
import { RoutineOutline } from './routine-outline';

interface RoutineDetailProps {
  readonly routine: Routine;
  /** The user's own routine (editable) rather than a shipped one (copied to customise). */
  readonly isCustom: boolean;
}

/** Everything a user reads before starting: the outline with times, equipment, notes and cautions. */
export function RoutineDetail({ routine, isCustom }: RoutineDetailProps) {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const { options } = usePlannedCompileOptions();
  const compiled = useMemo(() => compile(routine, { exercisesById: catalog.exercisesById }, options), [routine, catalog, options]);
  const exercises = routine.items.flatMap((item) => catalog.exercisesById.get(item.exerciseId) ?? []);

  return (
    <article className="page routine-detail" aria-labelledby="routine-title">
      <h1 id="routine-title">{routine.name}</h1>
      {isCustom && <p className="routine-detail-badge">{t('browse.routine.yours')}</p>}
      <p className="routine-detail-purpose">{routine.purpose}</p>
      <dl className="routine-detail-facts">
        <div>
          <dt>{t('browse.facts.region')}</dt>
          <dd>{routineRegionLabel(t, routine.region)}</dd>
        </div>
        <div>
          <dt>{t('browse.facts.level')}</dt>
          <dd>{levelLabel(t, routine.level)}</dd>
        </div>
        <div>
          <dt>{t('browse.facts.totalTime')}</dt>
          <dd>{compiled.ok ? formatDuration(compiled.plan.totalDurationMs, 'precise', language) : t('browse.facts.unknown')}</dd>
        </div>
      </dl>
      {compiled.ok ? (
        <RoutineActions routine={routine} isCustom={isCustom} />
      ) : (
        <div className="notice warning" role="alert">
          <p>{t('browse.routine.cannotStart', { reason: compileProblemText(compiled.error, routine, t) })}</p>
        </div>
      )}
      {compiled.ok && <RoutineOutline outline={compiled.plan.outline} />}
      <RoutineEquipment routine={routine} />
      {routine.notes && routine.notes.length > 0 && (
        <section aria-labelledby="routine-notes-title">
          <h2 id="routine-notes-title">{t('browse.routine.notes')}</h2>
          <ul>
            {routine.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <RoutineCautions exercises={exercises} />
    </article>
  );
}
