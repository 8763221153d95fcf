import type { Routine } from '../../../src/catalog/schema';
import { createRoutinesDocument } from '../../../src/shared/routine-transfer/routines-document';

/** A valid custom routine of catalog exercises, with a few overrides. */
export function sampleRoutine(changes: Partial<Routine> = {}): Routine {
  return {
    id: 'my-morning-back',
    name: 'Morning back',
    purpose: 'Wake the back up before work',
    region: 'lumbar',
    level: 'beginner',
    items: [
      { exerciseId: 'quadruped-leg-raise', overrides: { seconds: 30 }, restAfterSeconds: 15 },
      { exerciseId: 'pelvic-lift', overrides: { reps: 8, holdSeconds: 4 } },
      { exerciseId: 'back-stretch-countermovement', overrides: { sides: 'right' } },
    ],
    ...changes,
  };
}

/** The routines document as an export file holds it, parsed back to plain data. */
export function documentOf(routines: readonly unknown[]): Record<string, unknown> {
  return JSON.parse(JSON.stringify(createRoutinesDocument(routines as Routine[]))) as Record<string, unknown>;
}
