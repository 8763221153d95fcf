import type { Effect, Phrase } from '../engine/types';
import type { Beeper } from './beeper';
import type { Speaker } from './speaker';
import type { Vibrator } from './vibrator';

/** Which outputs the user has switched on in settings (read at each effect, so changes apply at once). */
export interface EffectPreferences {
  readonly soundOn: boolean;
  readonly voiceOn: boolean;
  readonly vibrationOn: boolean;
}

export interface EffectRunner {
  /** Carries out the engine's sound, speech and vibration effects; the others are the UI's. */
  run(effects: readonly Effect[], nowMs: number): void;
  /** Stops everything scheduled (leaving the player). */
  cancelAll(): void;
}

export interface EffectRunnerParts {
  readonly beeper: Beeper;
  readonly speaker: Speaker;
  readonly vibrator: Vibrator;
  readonly preferences: () => EffectPreferences;
  /** Puts phrases into words, in the user's language at the moment they are said. */
  readonly phrasesText: (phrases: readonly Phrase[]) => string;
}

/** A browser API that throws must never stop the workout: the screen still shows every cue. */
function safely(action: () => void): void {
  try {
    action();
  } catch (error) {
    console.warn('Upright could not play a cue', error);
  }
}

export function createEffectRunner(parts: EffectRunnerParts): EffectRunner {
  const cancelAll = () => {
    safely(() => parts.beeper.cancelScheduled());
    safely(() => parts.speaker.cancelScheduled());
    safely(() => parts.vibrator.cancelScheduled());
  };
  return {
    run(effects, nowMs) {
      const preferences = parts.preferences();
      for (const effect of effects) {
        switch (effect.type) {
          case 'beep':
            if (preferences.soundOn) safely(() => parts.beeper.schedule(effect.atMs, effect.tone, nowMs));
            break;
          case 'speak':
            if (preferences.voiceOn) {
              const { phrases } = effect;
              safely(() => parts.speaker.speak(() => parts.phrasesText(phrases), effect.atMs, nowMs));
            }
            break;
          case 'vibrate':
            if (preferences.vibrationOn) safely(() => parts.vibrator.vibrate(effect.patternMs, effect.atMs, nowMs));
            break;
          case 'cancel-scheduled':
            cancelAll();
            break;
          default:
            // step-changed, max-hold-recorded and finished are for the screen and the stores.
            break;
        }
      }
    },
    cancelAll,
  };
}
