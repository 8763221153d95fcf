import { useCallback, useEffect, useState } from 'react';
import type { Effect, Phrase } from '../../engine/types';
import { createBeeper } from '../../platform/beeper';
import { createEffectRunner } from '../../platform/effect-runner';
import { createSpeaker } from '../../platform/speaker';
import { createVibrator } from '../../platform/vibrator';
import { spokenText } from '../../shared/i18n/engine-text';
import { currentLanguage, translate } from '../../shared/i18n/i18n';
import { LANGUAGE_TAGS } from '../../shared/i18n/languages';
import { getCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { getSettings } from '../../stores/settings-store';

/** What is said, in the language active when it is said (a switch mid-workout speaks at the next phrase). */
const phrasesText = (phrases: readonly Phrase[]): string => spokenText(phrases, translate, getCatalog());

function createRuntime(onVoiceUnavailable: () => void, onLanguageVoiceMissing: (tag: string) => void) {
  const beeper = createBeeper();
  const speaker = createSpeaker({
    preferences: () => ({ voiceUri: getSettings().voiceUri, rate: getSettings().speechRate }),
    language: () => LANGUAGE_TAGS[currentLanguage()],
    onUnavailable: onVoiceUnavailable,
    onLanguageUnavailable: onLanguageVoiceMissing,
  });
  const runner = createEffectRunner({ beeper, speaker, vibrator: createVibrator(), preferences: getSettings, phrasesText });
  return { beeper, runner };
}

export interface PlayerEffects {
  readonly run: (effects: readonly Effect[], nowMs: number) => void;
  /** Starts the audio; call from a user gesture (Start, or the first touch after a reload). */
  readonly unlockAudio: () => void;
  /** Gets the audio ready, asleep, while the user reads the pre-start screen (see Beeper.prepare). */
  readonly prepareAudio: () => void;
  /** Said once, quietly, when voice or sound does not work here, or no voice speaks the user's language. */
  readonly outputProblem: string | null;
}

/** The platform side of the player: beeps, speech and vibration for the engine's effects. */
export function usePlayerEffects(): PlayerEffects {
  const t = useT();
  const [voiceUnavailable, setVoiceUnavailable] = useState(false);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const language = useLanguage();
  // The tags without a voice of their own: said while that language is the user's.
  const [voicelessTags, setVoicelessTags] = useState<readonly string[]>([]);
  const [runtime] = useState(() => createRuntime(() => setVoiceUnavailable(true), (tag) => setVoicelessTags((tags) => [...tags, tag])));

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

  const prepareAudio = useCallback(() => {
    if (getSettings().soundOn) runtime.beeper.prepare();
  }, [runtime]);

  const voice = voiceUnavailable && getSettings().voiceOn;
  const outputProblem =
    voice || soundBlocked ? t('player.output.problem', { what: voice && soundBlocked ? 'both' : voice ? 'voice' : 'sound' })
    : voicelessTags.includes(LANGUAGE_TAGS[language]) && getSettings().voiceOn ? t('player.output.noVoiceInLanguage')
    : null;
  return { run: runtime.runner.run, unlockAudio, prepareAudio, outputProblem };
}
