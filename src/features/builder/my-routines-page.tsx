import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { formatDuration } from '../../shared/i18n/format';
import type { MessageKey, MessageValues } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { downloadRoutines } from '../../shared/routine-transfer/download-routines';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { customRoutineActions, useCustomRoutines, useCustomRoutinesReady, type DeletedRoutine } from '../../stores/custom-routines-store';
import { usePlannedCompileOptions } from '../../stores/planned-compile-options';
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

/** What the page just did, said in the active language when shown. */
type Message = { readonly key: MessageKey; readonly values: MessageValues } | null;

/** The user's own routines: make, change, share, export and import them. */
export default function MyRoutinesPage() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  usePageTitle(t('manage.myRoutines.title'));
  const routines = useCustomRoutines();
  const ready = useCustomRoutinesReady();
  const { options } = usePlannedCompileOptions();
  const savedName = savedNameOf(useLocation().state);
  const [deleted, setDeleted] = useState<DeletedRoutine | null>(null);
  const [message, setMessage] = useState<Message>(savedName ? { key: 'manage.myRoutines.saved', values: { name: savedName } } : null);
  const routineImport = useRoutineImport();

  const durations = useMemo(
    () => new Map(routines.map((routine) => {
      const result = compile(routine, catalog, options);
      return [routine.id, result.ok ? formatDuration(result.plan.totalDurationMs, 'precise', language) : t('manage.myRoutines.cannotBeTimed')];
    })),
    [routines, options, catalog, language, t],
  );

  const routineDeleted = async (routine: Routine) => {
    setMessage(null);
    setDeleted(await customRoutineActions.routineDeleted(routine.id));
  };

  return (
    <section className="page">
      <h1>{t('manage.myRoutines.title')}</h1>
      <p role="status">{message ? t(message.key, message.values) : ''}</p>
      {deleted && (
        <div className="notice" role="status">
          <p>{t('manage.myRoutines.deleted', { name: deleted.routine.name })}</p>
          <button
            type="button"
            onClick={async () => {
              setDeleted(null);
              await customRoutineActions.routineRestored(deleted);
              setMessage({ key: 'manage.myRoutines.restored', values: { name: deleted.routine.name } });
            }}
          >
            {t('manage.myRoutines.undoDelete')}
          </button>
        </div>
      )}
      <UnsavedDraftsNotice />
      <div className="my-routines-toolbar">
        <Link className="button primary" to={paths.newRoutine()}>
          {t('manage.myRoutines.new')}
        </Link>
        <ImportFileButton onFile={(file) => void routineImport.fileChosen(file)} />
        <button type="button" disabled={routines.length === 0} onClick={() => downloadRoutines(routines)}>
          {t('manage.myRoutines.exportAll')}
        </button>
      </div>
      <ImportStatus routineImport={routineImport} />
      {!ready ? (
        <p role="status">{t('manage.loadingRoutines')}</p>
      ) : routines.length === 0 ? (
        <p>{t('manage.myRoutines.empty')}</p>
      ) : (
        <ul className="custom-routine-list">
          {routines.map((routine) => (
            <CustomRoutineRow
              key={routine.id}
              routine={routine}
              durationText={durations.get(routine.id) ?? ''}
              onRenamed={async (name) => {
                await customRoutineActions.routineRenamed(routine.id, name);
                setMessage({ key: 'manage.myRoutines.renamed', values: { name } });
              }}
              onDuplicate={async () => {
                const copy = await customRoutineActions.routineDuplicated(routine.id, t('manage.myRoutines.copyName', { name: routine.name }).slice(0, 100));
                if (copy) setMessage({ key: 'manage.myRoutines.duplicated', values: { name: copy.name } });
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
