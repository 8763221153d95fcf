import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { catalog } from '../../catalog/catalog';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { paths } from '../../shared/paths';
import { downloadRoutines } from '../../shared/routine-transfer/download-routines';
import { formatMinutesSeconds } from '../../shared/ui/duration-text';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { customRoutineActions, useCustomRoutines, useCustomRoutinesReady, type DeletedRoutine } from '../../stores/custom-routines-store';
import { useCompileOptions } from '../../stores/settings-store';
import { CustomRoutineRow } from './custom-routine-row';
import { ImportFileButton, ImportStatus } from './import-panel';
import { UnsavedDraftsNotice } from './unsaved-drafts-notice';
import { useRoutineImport } from './use-routine-import';
import './builder.css';
import './my-routines.css';

function savedNameOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('savedRoutineName' in state)) return null;
  const { savedRoutineName } = state as { savedRoutineName: unknown };
  return typeof savedRoutineName === 'string' ? savedRoutineName : null;
}

const copyName = (routine: Routine) => `${routine.name} (copy)`.slice(0, 100);

/** The user's own routines: make, change, share, export and import them. */
export default function MyRoutinesPage() {
  usePageTitle('My routines');
  const routines = useCustomRoutines();
  const ready = useCustomRoutinesReady();
  const options = useCompileOptions();
  const savedName = savedNameOf(useLocation().state);
  const [deleted, setDeleted] = useState<DeletedRoutine | null>(null);
  const [message, setMessage] = useState(savedName ? `Saved “${savedName}”.` : '');
  const routineImport = useRoutineImport();

  const durations = useMemo(
    () => new Map(routines.map((routine) => {
      const result = compile(routine, catalog, options);
      return [routine.id, result.ok ? formatMinutesSeconds(result.plan.totalDurationMs) : 'cannot be timed'];
    })),
    [routines, options],
  );

  const routineDeleted = async (routine: Routine) => {
    setMessage('');
    setDeleted(await customRoutineActions.routineDeleted(routine.id));
  };

  return (
    <section className="page">
      <h1>My routines</h1>
      <p role="status">{message}</p>
      {deleted && (
        <div className="notice" role="status">
          <p>Deleted “{deleted.routine.name}”.</p>
          <button
            type="button"
            onClick={async () => {
              setDeleted(null);
              await customRoutineActions.routineRestored(deleted);
              setMessage(`Restored “${deleted.routine.name}”.`);
            }}
          >
            Undo delete
          </button>
        </div>
      )}
      <UnsavedDraftsNotice />
      <div className="my-routines-toolbar">
        <Link className="button primary" to={paths.newRoutine()}>
          New routine
        </Link>
        <ImportFileButton onFile={(file) => void routineImport.fileChosen(file)} />
        <button type="button" disabled={routines.length === 0} onClick={() => downloadRoutines(routines)}>
          Export all
        </button>
      </div>
      <ImportStatus routineImport={routineImport} />
      {!ready ? (
        <p role="status">Loading your routines…</p>
      ) : routines.length === 0 ? (
        <p>You have no routines of your own yet. Make a new one, customize a routine from the workouts page, or import a file.</p>
      ) : (
        <ul className="custom-routine-list">
          {routines.map((routine) => (
            <CustomRoutineRow
              key={routine.id}
              routine={routine}
              durationText={durations.get(routine.id) ?? ''}
              onRenamed={async (name) => {
                await customRoutineActions.routineRenamed(routine.id, name);
                setMessage(`Renamed to “${name}”.`);
              }}
              onDuplicate={async () => {
                const copy = await customRoutineActions.routineDuplicated(routine.id, copyName(routine));
                if (copy) setMessage(`Duplicated as “${copy.name}”.`);
              }}
              onExport={() => downloadRoutines([routine])}
              onDelete={() => void routineDeleted(routine)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
