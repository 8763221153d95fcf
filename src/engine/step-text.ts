/** The short, speakable sentences of a plan. One place, so wording stays consistent. */
import type { Side } from '../catalog/schema';

/** Joins parts into sentences, adding a full stop where a part has no closing punctuation. */
export function sentences(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part.length > 0)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

export const switchText = (side: Side): string => `Switch to the ${side} side`;
export const repText = (rep: number, repCount: number): string => `Rep ${rep} of ${repCount}`;
export const nextSetText = (set: number, setCount: number): string => `Next: set ${set} of ${setCount}`;
export const nextExerciseText = (name: string): string => `Next: ${name}`;
export const HOLD_TEXT = 'Hold as long as you can';
export const REST_TEXT = 'Rest';
export const FINISH_TEXT = 'Workout complete. Well done.';
export const HALFWAY_TEXT = 'Halfway';
export const TARGET_REACHED_TEXT = 'Target reached. Keep holding if you can.';
