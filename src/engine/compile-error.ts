/**
 * Why a routine could not be compiled. `itemIndex` is 0-based (null: the routine as a whole);
 * `message` is readable and counts items from 1, as the user sees them ("item 3: ...").
 * - unknown-exercise: the item names an exercise the catalog does not have.
 * - empty-routine: no items.
 * - invalid-duration: a step would be non-positive, non-finite or longer than 1 hour.
 * - too-many-steps: the plan would have more than MAX_PLAN_STEPS steps.
 * - invalid-item: the routine, an item or its prescription is malformed (it bypassed validation).
 */
export type CompileErrorCode = 'unknown-exercise' | 'empty-routine' | 'invalid-duration' | 'too-many-steps' | 'invalid-item';

export interface CompileError {
  readonly code: CompileErrorCode;
  readonly itemIndex: number | null;
  readonly message: string;
}

/** Builds a CompileError whose message starts with the (1-based) item it is about. */
export function compileError(code: CompileErrorCode, itemIndex: number | null, problem: string): CompileError {
  return { code, itemIndex, message: itemIndex === null ? problem : `item ${itemIndex + 1}: ${problem}` };
}

/** Thrown inside the compiler to unwind to `compile`, which turns it into a result. Never escapes. */
export class CompileFailure extends Error {
  constructor(readonly error: CompileError) {
    super(error.message);
  }
}
