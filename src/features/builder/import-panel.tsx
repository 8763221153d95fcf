import { useId } from 'react';
import { useT } from '../../shared/i18n/use-translation';
import { ImportPreview } from './import-preview';
import type { useRoutineImport } from './use-routine-import';

type RoutineImport = ReturnType<typeof useRoutineImport>;

/** "Import from a file": a real file input (so keyboard and screen readers work), styled as a button. */
export function ImportFileButton({ onFile }: { readonly onFile: (file: File) => void }) {
  const inputId = useId();
  const t = useT();
  return (
    <span className="button file-button">
      <label htmlFor={inputId}>{t('manage.import.button')}</label>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so that choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </span>
  );
}

/** The preview, the result, or the reason a file was refused. */
export function ImportStatus({ routineImport }: { readonly routineImport: RoutineImport }) {
  const { state, importConfirmed, importCancelled } = routineImport;
  const t = useT();
  switch (state.status) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">{t('manage.import.reading', { file: state.fileName })}</p>;
    case 'rejected':
      return (
        <div className="notice warning" role="alert">
          <p>{t('manage.import.rejected', { file: state.fileName, reason: state.message })}</p>
          <p>{t('manage.import.nothingSaved')}</p>
        </div>
      );
    case 'imported':
      return (
        <p className="notice" role="status">
          {state.names.length === 1 ? t('manage.import.importedOne', { name: state.names[0] ?? '' }) : t('manage.import.importedMany', { count: state.names.length })}
        </p>
      );
    case 'preview':
      return <ImportPreview fileName={state.fileName} entries={state.entries} onConfirm={importConfirmed} onCancel={importCancelled} />;
  }
}
