import { useCallback, useState } from 'react';
import { checkHistoryFile, importWorkouts, type HistoryImportPreview } from '../../stores/history-import';

export type HistoryImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly fileName: string }
  | { readonly status: 'rejected'; readonly fileName: string; readonly message: string }
  | { readonly status: 'preview'; readonly fileName: string; readonly preview: HistoryImportPreview }
  | { readonly status: 'importing'; readonly fileName: string; readonly preview: HistoryImportPreview }
  | { readonly status: 'imported'; readonly addedCount: number; readonly newBestCount: number }
  | { readonly status: 'failed' };

/** Import in two steps, as with routines: the file is read, checked and counted; only Import saves. */
export function useHistoryImport() {
  const [state, setState] = useState<HistoryImportState>({ status: 'idle' });

  const fileChosen = useCallback(async (file: File) => {
    setState({ status: 'reading', fileName: file.name });
    const checked = await checkHistoryFile(file).catch(() => null);
    if (!checked) setState({ status: 'failed' });
    else if (!checked.ok) setState({ status: 'rejected', fileName: file.name, message: checked.message });
    else setState({ status: 'preview', fileName: file.name, preview: checked.preview });
  }, []);

  const importConfirmed = useCallback(async () => {
    if (state.status !== 'preview') return;
    setState({ status: 'importing', fileName: state.fileName, preview: state.preview });
    try {
      const result = await importWorkouts(state.preview.workouts);
      setState({ status: 'imported', addedCount: result.addedCount, newBestCount: result.newBests.length });
    } catch {
      setState({ status: 'failed' });
    }
  }, [state]);

  const importCancelled = useCallback(() => setState({ status: 'idle' }), []);

  return { state, fileChosen, importConfirmed, importCancelled };
}
