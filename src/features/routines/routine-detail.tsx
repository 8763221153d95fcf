import { useMemo } from 'react';
import { catalog } from '../../catalog/catalog';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { levelLabels, routineRegionLabels } from '../../shared/ui/catalog-labels';
import { formatMinutesSeconds } from '../../shared/ui/duration-text';
import { useCompileOptions } from '../../stores/settings-store';
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
  const options = useCompileOptions();
  const compiled = useMemo(() => compile(routine, { exercisesById: catalog.exercisesById }, options), [routine, options]);
  const exercises = routine.items.flatMap((item) => catalog.exercisesById.get(item.exerciseId) ?? []);

  return (
    <article className="page routine-detail" aria-labelledby="routine-title">
      <h1 id="routine-title">{routine.name}</h1>
      {isCustom && <p className="routine-detail-badge">Your routine</p>}
      <p className="routine-detail-purpose">{routine.purpose}</p>
      <dl className="routine-detail-facts">
        <div>
          <dt>Region</dt>
          <dd>{routineRegionLabels[routine.region]}</dd>
        </div>
        <div>
          <dt>Level</dt>
          <dd>{levelLabels[routine.level]}</dd>
        </div>
        <div>
          <dt>Total time</dt>
          <dd>{compiled.ok ? formatMinutesSeconds(compiled.plan.totalDurationMs) : 'Unknown'}</dd>
        </div>
      </dl>
      {compiled.ok ? (
        <RoutineActions routine={routine} isCustom={isCustom} />
      ) : (
        <div className="notice warning" role="alert">
          <p>This routine cannot be started: {compiled.error.message}.</p>
        </div>
      )}
      {compiled.ok && <RoutineOutline outline={compiled.plan.outline} />}
      <RoutineEquipment routine={routine} />
      {routine.notes && routine.notes.length > 0 && (
        <section aria-labelledby="routine-notes-title">
          <h2 id="routine-notes-title">Notes</h2>
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
