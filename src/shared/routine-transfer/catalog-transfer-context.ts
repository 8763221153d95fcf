/**
 * The transfer context of the running app: the shipped catalog and the engine's compile with
 * the default options (a routine's validity must not depend on this user's pace setting).
 * Importing this pulls in the catalog JSON: use it from lazy pages only, never the home page.
 */
import { catalog } from '../../catalog/catalog';
import { compile } from '../../engine/compile';
import type { TransferContext } from './transfer-context';

export const catalogTransferContext: TransferContext = {
  exercisesById: catalog.exercisesById,
  checkRoutine: (routine) => compile(routine, catalog),
};
