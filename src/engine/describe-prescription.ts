/**
 * The one-line summary of a prescription shown on routine and exercise pages, as a descriptor
 * (types.ts); src/shared/i18n/engine-text.ts puts it into words.
 */
import type { Exercise, Overrides } from '../catalog/schema';
import { holdPhaseIndex } from '../catalog/hold-phase';
import type { PrescriptionDescriptor, PrescriptionSides } from './types';

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/**
 * "25 s + 25 s per side", "6 × raise, hold 3 s, lower 2 s", "10 per side, alternating",
 * "hold as long as you can", as data. Overrides (sets, reps, seconds, holdSeconds, one side only) are applied.
 */
export function describePrescription(exercise: Exercise, overrides: Overrides = {}): PrescriptionDescriptor {
  const prescription = exercise.prescription;
  const sets = overrides.sets ?? numberOr(prescription.sets?.value, 1);
  const oneSide = (prescription.sides !== 'bilateral' && (overrides.sides === 'right' || overrides.sides === 'left')) ? overrides.sides : null;
  const sides: PrescriptionSides = oneSide ?? (prescription.sides === 'bilateral' ? 'both' : prescription.sides === 'alternating' ? 'alternating' : 'perSide');
  const base = { exerciseId: exercise.id };
  if (prescription.kind === 'timed') {
    const parts = prescription.parts.map((part, index) => ({ part: index, seconds: overrides.seconds ?? numberOr(part.seconds?.value, 0) }));
    return { ...base, key: 'engine.prescription.timed', values: { sets, reps: null, sides }, parts };
  }
  if (prescription.kind === 'reps') {
    const reps = overrides.reps ?? numberOr(prescription.reps?.value, 1);
    if (sides === 'alternating') return { ...base, key: 'engine.prescription.alternatingReps', values: { sets, reps, sides }, parts: [] };
    const holdIndex = holdPhaseIndex(prescription.phases);
    const parts = prescription.phases.map((phase, index) => ({
      part: index,
      seconds: index === holdIndex && overrides.holdSeconds !== undefined ? overrides.holdSeconds : numberOr(phase.seconds?.value, 0),
    }));
    // Bilateral, per side or one side only: 'alternating' is the other message.
    return { ...base, key: 'engine.prescription.reps', values: { sets, reps, sides: sides === 'both' ? 'both' : sides }, parts };
  }
  return { ...base, key: 'engine.prescription.maxHold', values: { sets, reps: null, sides: sides === 'alternating' ? 'perSide' : sides }, parts: [] };
}
