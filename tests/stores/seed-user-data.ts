import { act } from '@testing-library/react';
import type { Routine } from '../../src/catalog/schema';
import { customRoutineActions } from '../../src/stores/custom-routines-store';

/** Saves `routines` under their own ids, as a user who made them earlier would have them. */
export async function seedRoutines(...routines: readonly Routine[]): Promise<void> {
  await act(() => customRoutineActions.routinesImported(routines.map((routine) => ({ routine, keepBoth: false }))));
}
