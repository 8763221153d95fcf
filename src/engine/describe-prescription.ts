/** The one-line summary of a prescription shown on routine and exercise pages. */
import type { Exercise, Overrides, RepPhase } from '../catalog/schema';
import { holdPhaseIndex } from '../catalog/hold-phase';

/** "25 s", "2.5 s": seconds with at most one decimal. */
export const formatSeconds = (seconds: number): string => `${Math.round(seconds * 10) / 10} s`;

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

function phaseList(phases: readonly RepPhase[], holdSeconds: number | undefined): string {
  const holdIndex = holdPhaseIndex(phases);
  return phases
    .map((phase, index) => {
      const seconds = index === holdIndex && holdSeconds !== undefined ? holdSeconds : numberOr(phase.seconds?.value, 0);
      // A 1 s movement goes without saying; longer phases say how long.
      return seconds > 1 ? `${phase.name.toLowerCase()} ${formatSeconds(seconds)}` : phase.name.toLowerCase();
    })
    .join(', ');
}

/**
 * "25 s + 25 s per side", "6 × raise, hold 3 s, lower 2 s", "10 per side, alternating",
 * "hold as long as you can". Overrides (sets, reps, seconds, holdSeconds, one side only) are applied.
 */
export function describePrescription(exercise: Exercise, overrides: Overrides = {}): string {
  const prescription = exercise.prescription;
  const sets = overrides.sets ?? numberOr(prescription.sets?.value, 1);
  const oneSide = (prescription.sides !== 'bilateral' && (overrides.sides === 'right' || overrides.sides === 'left')) ? overrides.sides : null;
  const sideText = oneSide ? ` (${oneSide} side only)` : prescription.sides === 'bilateral' ? '' : ' per side';
  if (prescription.kind === 'timed') {
    const parts = prescription.parts.map((part) => formatSeconds(overrides.seconds ?? numberOr(part.seconds?.value, 0))).join(' + ');
    const alternating = prescription.sides === 'alternating' && !oneSide ? ', alternating' : '';
    const body = sets > 1 && prescription.parts.length > 1 ? `(${parts})` : parts;
    return `${sets > 1 ? `${sets} × ` : ''}${body}${sideText}${alternating}`;
  }
  if (prescription.kind === 'reps') {
    const reps = overrides.reps ?? numberOr(prescription.reps?.value, 1);
    const setsPrefix = sets > 1 ? `${sets} sets of ` : '';
    if (prescription.sides === 'alternating' && !oneSide) return `${setsPrefix}${reps} per side, alternating`;
    return `${setsPrefix}${reps} × ${phaseList(prescription.phases, overrides.holdSeconds)}${sideText}`;
  }
  const times = sets > 1 ? `, ${sets} times` : '';
  return `hold as long as you can${sideText}${times}`;
}
