import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { exerciseName, prescriptionText } from '../../shared/i18n/engine-text';
import { formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { levelLabel, routineRegionLabel } from '../../shared/ui/catalog-labels';
import { customRoutineActions, useCustomRoutines } from '../../stores/custom-routines-store';
import { usePlannedCompileOptions } from '../../stores/planned-compile-options';

const sameContent = (a: Routine, b: Routine) => JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });

/** A routine from a link: its outline and time, "Save to my routines" and "Start". */
export function SharedRoutineView({ routine }: { readonly routine: Routine }) {
  const navigate = useNavigate();
  const { options } = usePlannedCompileOptions();
  const customRoutines = useCustomRoutines();
  const [savedId, setSavedId] = useState<string | null>(null);
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const alreadySaved = savedId ?? customRoutines.find((existing) => sameContent(existing, routine))?.id ?? null;
  const result = useMemo(() => compile(routine, catalog, options), [routine, catalog, options]);

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
        {routineRegionLabel(t, routine.region)} · {levelLabel(t, routine.level)} · {result.ok ? formatDuration(result.plan.totalDurationMs, 'precise', language) : ''}
      </p>
      {result.ok && (
        <ol className="shared-outline">
          {result.plan.outline.map((entry) => (
            <li key={entry.itemIndex}>
              <strong>{exerciseName(entry.exerciseId, catalog)}</strong>: {prescriptionText(entry.prescription, t, language, catalog)}
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
          {t('manage.row.start')}
        </button>
        {alreadySaved ? (
          <p role="status">
            {t('manage.shared.savedIn')} <Link to={paths.myRoutines()}>{t('manage.myRoutines.title')}</Link>{t('manage.shared.savedInEnd')}
          </p>
        ) : (
          <button type="button" onClick={saved}>
            {t('manage.shared.save')}
          </button>
        )}
      </div>
    </article>
  );
}
