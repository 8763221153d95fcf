import type { Exercise, Routine } from '../../catalog/schema';
import type { CompileErrorCode } from '../../engine/compile-error';
import type { Plan } from '../../engine/types';

/** The engine's first problem: the item at fault, its code (what users read is said from it) and its message. */
export interface RoutineCheckError {
  readonly itemIndex: number | null;
  readonly code?: CompileErrorCode;
  readonly message: string;
}

/** What the engine says about a routine: a plan, or the first problem and the item at fault. */
export type RoutineCheck = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly error: RoutineCheckError };

/**
 * What validating an imported or shared routine needs from the rest of the app: the catalog's
 * exercises and the engine's compile. Passed in rather than imported, so this module stays
 * small in the bundle and its tests can use any catalog.
 */
export interface TransferContext {
  readonly exercisesById: ReadonlyMap<string, Exercise>;
  readonly checkRoutine: (routine: Routine) => RoutineCheck;
}

/** Either the routines, or one message that says what is wrong and where. */
export type TransferResult =
  | { readonly ok: true; readonly routines: readonly Routine[] }
  | { readonly ok: false; readonly message: string };
