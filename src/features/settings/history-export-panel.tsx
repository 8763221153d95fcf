import { useState } from 'react';
import { toCsv } from '../../shared/history-transfer/csv';
import { HOLDS_CSV_HEADER, WORKOUTS_CSV_HEADER, holdsCsvRecords, workoutsCsvRecords } from '../../shared/history-transfer/history-csv';
import { createHistoryDocument, historyDocumentJson, historyFileName } from '../../shared/history-transfer/history-document';
import { renderInSteps } from '../../shared/history-transfer/in-steps';
import { downloadTextFile } from '../../shared/history-transfer/download-file';
import { useT } from '../../shared/i18n/use-translation';
import { readHistoryForExport, type HistoryForExport } from '../../stores/history-export';
import { SETTINGS_SECTIONS } from '../../shared/paths';
import { useHashTarget } from './history-anchor';

export const HISTORY_EXPORT_ANCHOR = SETTINGS_SECTIONS.historyExport;

type ExportKind = 'workouts' | 'holds' | 'history';

const WORKOUTS_CSV_HEAD = toCsv(WORKOUTS_CSV_HEADER, []);
const HOLDS_CSV_HEAD = toCsv(HOLDS_CSV_HEADER, []);

type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'preparing' }
  | { readonly status: 'done'; readonly fileName: string; readonly workoutCount: number; readonly setAsideCount: number; readonly kind: ExportKind }
  | { readonly status: 'failed' };

/** The file's text, built a slice of workouts at a time so that 10,000 of them are no single long task. */
async function fileText(kind: ExportKind, { workouts, setAside }: HistoryForExport, now: Date): Promise<string> {
  switch (kind) {
    case 'history':
      return historyDocumentJson(
        createHistoryDocument(
          workouts.map(({ workout }) => workout),
          setAside,
          now,
        ),
      );
    case 'workouts':
      return WORKOUTS_CSV_HEAD + (await renderInSteps(workouts, workoutsCsvRecords));
    case 'holds':
      return HOLDS_CSV_HEAD + (await renderInSteps(workouts, holdsCsvRecords));
  }
}

async function exportHistory(kind: ExportKind, now: Date): Promise<Extract<ExportState, { status: 'done' }>> {
  const history = await readHistoryForExport();
  const fileName = historyFileName(kind, now);
  downloadTextFile(fileName, await fileText(kind, history, now), kind === 'history' ? 'application/json' : 'text/csv;charset=utf-8');
  return { status: 'done', fileName, workoutCount: history.workouts.length, setAsideCount: history.setAside.length, kind };
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
