import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { catalog } from '../../catalog/catalog';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { paths } from '../../shared/paths';
import { levelLabels, routineRegionLabels } from '../../shared/ui/catalog-labels';
import { formatMinutesSeconds } from '../../shared/ui/duration-text';
import { customRoutineActions, useCustomRoutines } from '../../stores/custom-routines-store';
import { useCompileOptions } from '../../stores/settings-store';

const sameContent = (a: Routine, b: Routine) => JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });

/** A routine from a link: its outline and time, "Save to my routines" and "Start". */
export function SharedRoutineView({ routine }: { readonly routine: Routine }) {
  const navigate = useNavigate();
  const options = useCompileOptions();
  const customRoutines = useCustomRoutines();
  const [savedId, setSavedId] = useState<string | null>(null);
  const alreadySaved = savedId ?? customRoutines.find((existing) => sameContent(existing, routine))?.id ?? null;
  const result = useMemo(() => compile(routine, catalog, options), [routine, options]);

  const saved = async () => {
    // A link's id may be anything (or someone else's id): keep the user's routines, give this one its own.
    const [stored] = await customRoutineActions.routinesImported([{ routine, keepBoth: true }]);
    if (stored) setSavedId(stored.id);
  };

  const started = () => {
    if (alreadySaved) navigate(paths.player(alreadySaved));
    else navigate(paths.playShared(), { state: { routine } });
  };

  return (
    <article className="shared-routine" aria-labelledby="shared-routine-name">
      <h2 id="shared-routine-name">{routine.name}</h2>
      <p>{routine.purpose}</p>
      <p className="shared-meta">
        {routineRegionLabels[routine.region]} · {levelLabels[routine.level]} · {result.ok ? formatMinutesSeconds(result.plan.totalDurationMs) : ''}
      </p>
      {result.ok && (
        <ol className="shared-outline">
          {result.plan.outline.map((entry) => (
            <li key={entry.itemIndex}>
              <strong>{entry.exerciseName}</strong>: {entry.prescriptionText}
            </li>
          ))}
        </ol>
      )}
      {routine.notes && routine.notes.length > 0 && (
        <ul>
          {routine.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
      <div className="shared-actions">
        <button type="button" className="primary" onClick={started}>
          Start
        </button>
        {alreadySaved ? (
          <p role="status">
            Saved in <Link to={paths.myRoutines()}>My routines</Link>.
          </p>
        ) : (
          <button type="button" onClick={saved}>
            Save to my routines
          </button>
        )}
      </div>
    </article>
  );
}
