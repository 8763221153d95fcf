import { useState } from 'react';
import { holdsCsv, workoutsCsv } from '../../shared/history-transfer/history-csv';
import { createHistoryDocument, historyFileName } from '../../shared/history-transfer/history-document';
import { downloadTextFile } from '../../shared/history-transfer/download-file';
import { useT } from '../../shared/i18n/use-translation';
import { readHistoryForExport } from '../../stores/history-export';
import { useHashTarget } from './history-anchor';

export const HISTORY_EXPORT_ANCHOR = 'history-export';

type ExportKind = 'workouts' | 'holds' | 'history';

type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'preparing' }
  | { readonly status: 'done'; readonly fileName: string; readonly workoutCount: number; readonly setAsideCount: number; readonly kind: ExportKind }
  | { readonly status: 'failed' };

async function exportHistory(kind: ExportKind, now: Date): Promise<Extract<ExportState, { status: 'done' }>> {
  const { workouts, setAside } = await readHistoryForExport();
  const fileName = historyFileName(kind, now);
  if (kind === 'history') {
    const document = createHistoryDocument(
      workouts.map(({ workout }) => workout),
      setAside,
      now,
    );
    downloadTextFile(fileName, JSON.stringify(document, null, 1), 'application/json');
  } else {
    downloadTextFile(fileName, kind === 'workouts' ? workoutsCsv(workouts) : holdsCsv(workouts), 'text/csv;charset=utf-8');
  }
  return { status: 'done', fileName, workoutCount: workouts.length, setAsideCount: setAside.length, kind };
}

/** "Export your history": workouts and holds as CSV for a spreadsheet, everything as JSON to import again. */
export function HistoryExportPanel() {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const headingRef = useHashTarget<HTMLHeadingElement>(HISTORY_EXPORT_ANCHOR);
  const t = useT();
  const exportAs = (kind: ExportKind) => {
    setState({ status: 'preparing' });
    exportHistory(kind, new Date()).then(setState, () => setState({ status: 'failed' }));
  };
  const buttons: readonly [ExportKind, string][] = [
    ['workouts', t('historyTransfer.export.workoutsCsv')],
    ['holds', t('historyTransfer.export.holdsCsv')],
    ['history', t('historyTransfer.export.json')],
  ];
  return (
    <section className="settings-group history-transfer" aria-labelledby={HISTORY_EXPORT_ANCHOR}>
      <h2 id={HISTORY_EXPORT_ANCHOR} ref={headingRef} tabIndex={-1}>
        {t('historyTransfer.export.heading')}
      </h2>
      <p>{t('historyTransfer.export.intro')}</p>
      <div className="history-transfer-actions">
        {buttons.map(([kind, label]) => (
          <button key={kind} type="button" className="button" disabled={state.status === 'preparing'} onClick={() => exportAs(kind)}>
            {label}
          </button>
        ))}
      </div>
      <p className="setting-hint">{t('historyTransfer.export.csvNote')}</p>
      <p className="setting-hint">{t('historyTransfer.export.jsonNote')}</p>
      <div role="status">
        {state.status === 'preparing' && <p>{t('historyTransfer.export.preparing')}</p>}
        {state.status === 'done' && (
          <>
            <p>{t('historyTransfer.export.done', { file: state.fileName, count: state.workoutCount })}</p>
            {state.setAsideCount > 0 && <p>{t(state.kind === 'history' ? 'historyTransfer.export.setAsideKept' : 'historyTransfer.export.setAsideOnlyJson', { count: state.setAsideCount })}</p>}
          </>
        )}
      </div>
      {state.status === 'failed' && (
        <p className="notice warning" role="alert">
          {t('historyTransfer.export.failed')}
        </p>
      )}
    </section>
  );
}
