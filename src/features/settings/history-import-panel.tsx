import { useEffect, useId, useRef } from 'react';
import { useT } from '../../shared/i18n/use-translation';
import type { HistoryImportPreview } from '../../stores/history-import';
import { useHashTarget } from './history-anchor';
import { SETTINGS_SECTIONS } from '../../shared/paths';
import { useHistoryImport, type HistoryImportState } from './history-import-state';

export const HISTORY_IMPORT_ANCHOR = SETTINGS_SECTIONS.historyImport;

interface PreviewProps {
  readonly fileName: string;
  readonly preview: HistoryImportPreview;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** What the file holds and what importing it would add, before anything is saved. */
function HistoryImportPreviewView({ fileName, preview, busy, onConfirm, onCancel }: PreviewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = useT();
  useEffect(() => headingRef.current?.focus(), []);
  const total = preview.workouts.length;
  return (
    <section className="import-preview" aria-labelledby="history-import-preview-heading">
      <h3 id="history-import-preview-heading" ref={headingRef} tabIndex={-1}>
        {t('historyTransfer.import.previewHeading', { file: fileName })}
      </h3>
      {preview.newCount === 0 ? (
        <p>{t('historyTransfer.import.nothingNew', { count: total })}</p>
      ) : (
        <p>{t('historyTransfer.import.previewCounts', { total, newCount: preview.newCount, existingCount: preview.existingCount })}</p>
      )}
      {preview.setAsideCount > 0 && <p>{t('historyTransfer.import.previewSetAside', { count: preview.setAsideCount })}</p>}
      <div className="history-transfer-actions">
        {preview.newCount > 0 && (
          <button type="button" className="button primary" disabled={busy} onClick={onConfirm}>
            {t('historyTransfer.import.confirm', { count: preview.newCount })}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t(preview.newCount > 0 ? 'historyTransfer.import.cancel' : 'historyTransfer.import.close')}
        </button>
      </div>
    </section>
  );
}

function ImportStatus({ state, onConfirm, onCancel }: { readonly state: HistoryImportState; readonly onConfirm: () => void; readonly onCancel: () => void }) {
  const t = useT();
  switch (state.status) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">{t('historyTransfer.import.reading', { file: state.fileName })}</p>;
    case 'rejected':
      return (
        <div className="notice warning" role="alert">
          <p>{t('historyTransfer.import.rejected', { file: state.fileName, reason: state.message })}</p>
          <p>{t('historyTransfer.import.nothingChanged')}</p>
        </div>
      );
    case 'failed':
      return (
        <p className="notice warning" role="alert">
          {t('historyTransfer.import.failed')}
        </p>
      );
    case 'imported':
      return (
        <div className="notice" role="status">
          <p>{t('historyTransfer.import.imported', { count: state.addedCount })}</p>
          {state.newBestCount > 0 && <p>{t('historyTransfer.import.newBests', { count: state.newBestCount })}</p>}
        </div>
      );
    case 'preview':
    case 'importing':
      return <HistoryImportPreviewView fileName={state.fileName} preview={state.preview} busy={state.status === 'importing'} onConfirm={onConfirm} onCancel={onCancel} />;
  }
}

/** "Import a history": a JSON file exported from Upright, checked, previewed, merged by workout id. */
export function HistoryImportPanel() {
  const { state, fileChosen, importConfirmed, importCancelled } = useHistoryImport();
  const headingRef = useHashTarget<HTMLHeadingElement>(HISTORY_IMPORT_ANCHOR);
  const inputId = useId();
  const t = useT();
  return (
    <section className="settings-group history-transfer" aria-labelledby={HISTORY_IMPORT_ANCHOR}>
      <h2 id={HISTORY_IMPORT_ANCHOR} ref={headingRef} tabIndex={-1}>
        {t('historyTransfer.import.heading')}
      </h2>
      <p>{t('historyTransfer.import.intro')}</p>
      <div>
        <span className="button history-file-button">
          <label htmlFor={inputId}>{t('historyTransfer.import.button')}</label>
          <input
            id={inputId}
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Reset so that choosing the same file again (a second import) is a change too.
              event.target.value = '';
              if (file) void fileChosen(file);
            }}
          />
        </span>
      </div>
      <ImportStatus state={state} onConfirm={() => void importConfirmed()} onCancel={importCancelled} />
    </section>
  );
}
