import { useCallback, useState } from 'react';
import { getCatalog } from '../../shared/i18n/use-catalog';
import { catalogTransferContext } from '../../shared/routine-transfer/catalog-transfer-context';
import { findCollisions, resolveImport, type CollisionChoice, type ImportEntry } from '../../shared/routine-transfer/import-collisions';
import { readRoutinesFile } from '../../shared/routine-transfer/parse-routines-file';
import { customRoutineActions, getCustomRoutines } from '../../stores/custom-routines-store';

export type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly fileName: string }
  | { readonly status: 'rejected'; readonly fileName: string; readonly message: string }
  | { readonly status: 'preview'; readonly fileName: string; readonly entries: readonly ImportEntry[] }
  | { readonly status: 'imported'; readonly names: readonly string[] };

/**
 * Import in two steps: the file is read and checked, then shown; only "Import" saves. A bad file
 * ends in a message and saves nothing.
 */
export function useRoutineImport() {
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const fileChosen = useCallback(async (file: File) => {
    setState({ status: 'reading', fileName: file.name });
    const result = await readRoutinesFile(file, catalogTransferContext);
    if (!result.ok) {
      setState({ status: 'rejected', fileName: file.name, message: result.message });
      return;
    }
    const customIds = new Set(getCustomRoutines().map((routine) => routine.id));
    const builtInIds = new Set(getCatalog().routinesById.keys());
    setState({ status: 'preview', fileName: file.name, entries: findCollisions(result.routines, customIds, builtInIds) });
  }, []);

  const importConfirmed = useCallback(
    async (choices: ReadonlyMap<string, CollisionChoice>) => {
      if (state.status !== 'preview') return;
      const saved = await customRoutineActions.routinesImported(resolveImport(state.entries, choices));
      setState({ status: 'imported', names: saved.map((routine) => routine.name) });
    },
    [state],
  );

  const importCancelled = useCallback(() => setState({ status: 'idle' }), []);

  return { state, fileChosen, importConfirmed, importCancelled };
}
