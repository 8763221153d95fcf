import { useCallback, useEffect, useState } from 'react';
import type { Effect } from '../../engine/types';
import { createBeeper } from '../../platform/beeper';
import { createEffectRunner } from '../../platform/effect-runner';
import { createSpeaker } from '../../platform/speaker';
import { createVibrator } from '../../platform/vibrator';
import { getSettings } from '../../stores/settings-store';

function createRuntime(onVoiceUnavailable: () => void) {
  const beeper = createBeeper();
  const speaker = createSpeaker({
    preferences: () => ({ voiceUri: getSettings().voiceUri, rate: getSettings().speechRate }),
    onUnavailable: onVoiceUnavailable,
  });
  const runner = createEffectRunner({ beeper, speaker, vibrator: createVibrator(), preferences: getSettings });
  return { beeper, runner };
}

export interface PlayerEffects {
  readonly run: (effects: readonly Effect[], nowMs: number) => void;
  /** Starts the audio; call from a user gesture (Start, or the first touch after a reload). */
  readonly unlockAudio: () => void;
  /** Said once, quietly, when voice or sound does not work here. */
  readonly outputProblem: string | null;
}

/** The platform side of the player: beeps, speech and vibration for the engine's effects. */
export function usePlayerEffects(): PlayerEffects {
  const [voiceUnavailable, setVoiceUnavailable] = useState(false);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [runtime] = useState(() => createRuntime(() => setVoiceUnavailable(true)));

  useEffect(
    () => () => {
      runtime.runner.cancelAll();
      runtime.beeper.suspend();
    },
    [runtime],
  );

  const unlockAudio = useCallback(() => {
    if (!getSettings().soundOn) return;
    void runtime.beeper.unlock().then((running) => setSoundBlocked(!running));
  }, [runtime]);

  const problems = [voiceUnavailable && getSettings().voiceOn ? 'voice' : null, soundBlocked ? 'sound' : null].filter(Boolean);
  const outputProblem = problems.length ? `${problems.join(' and ')} unavailable on this device: follow the cues on screen.` : null;
  return { run: runtime.runner.run, unlockAudio, outputProblem: outputProblem && outputProblem[0]!.toUpperCase() + outputProblem.slice(1) };
}
