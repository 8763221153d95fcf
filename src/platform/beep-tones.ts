import type { BeepTone } from '../engine/types';

/** One note of a beep: pitch, when it starts after the beep's time, how long it sounds. */
export interface BeepNote {
  readonly frequencyHz: number;
  readonly offsetSeconds: number;
  readonly durationSeconds: number;
}

/**
 * The sound of each tone. Short and distinct so they can be told apart without looking:
 * the 3-2-1 countdown is a short mid pip, "go" a longer high note, a switch of sides two
 * falling notes, a rep phase a soft low tick, the finish a rising three-note chime. Pause is
 * one low note (the lowest of all: things stop), resume two quick rising notes (things start
 * again), so a tap from the floor is heard to have worked.
 */
export const BEEP_TONES: Readonly<Record<BeepTone, readonly BeepNote[]>> = {
  countdown: [{ frequencyHz: 660, offsetSeconds: 0, durationSeconds: 0.12 }],
  go: [{ frequencyHz: 880, offsetSeconds: 0, durationSeconds: 0.35 }],
  switch: [
    { frequencyHz: 880, offsetSeconds: 0, durationSeconds: 0.15 },
    { frequencyHz: 587, offsetSeconds: 0.18, durationSeconds: 0.2 },
  ],
  phase: [{ frequencyHz: 523, offsetSeconds: 0, durationSeconds: 0.08 }],
  finish: [
    { frequencyHz: 523, offsetSeconds: 0, durationSeconds: 0.18 },
    { frequencyHz: 659, offsetSeconds: 0.2, durationSeconds: 0.18 },
    { frequencyHz: 784, offsetSeconds: 0.4, durationSeconds: 0.4 },
  ],
  pause: [{ frequencyHz: 330, offsetSeconds: 0, durationSeconds: 0.25 }],
  resume: [
    { frequencyHz: 440, offsetSeconds: 0, durationSeconds: 0.1 },
    { frequencyHz: 660, offsetSeconds: 0.12, durationSeconds: 0.12 },
  ],
};
