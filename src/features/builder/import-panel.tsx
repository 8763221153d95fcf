import { useId } from 'react';
import { ImportPreview } from './import-preview';
import type { useRoutineImport } from './use-routine-import';

type RoutineImport = ReturnType<typeof useRoutineImport>;

/** "Import from a file": a real file input (so keyboard and screen readers work), styled as a button. */
export function ImportFileButton({ onFile }: { readonly onFile: (file: File) => void }) {
  const inputId = useId();
  return (
    <span className="button file-button">
      <label htmlFor={inputId}>Import from a file</label>
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
  switch (state.status) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">Reading {state.fileName}…</p>;
    case 'rejected':
      return (
        <div className="notice warning" role="alert">
          <p>
            {state.fileName} was not imported: {state.message}
          </p>
          <p>Nothing was saved; your routines are unchanged.</p>
        </div>
      );
    case 'imported':
      return (
        <p className="notice" role="status">
          Imported {state.names.length === 1 ? `“${state.names[0]}”` : `${state.names.length} routines`}.
        </p>
      );
    case 'preview':
      return <ImportPreview fileName={state.fileName} entries={state.entries} onConfirm={importConfirmed} onCancel={importCancelled} />;
  }
}
