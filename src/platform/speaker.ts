import { isOfLanguage, pickVoice } from './pick-voice';

export interface SpeechPreferences {
  readonly voiceUri: string | null;
  /** 0.5 (slow) to 2 (fast); 1 is the voice's normal rate. */
  readonly rate: number;
}

/** Spoken cues with speechSynthesis, each at its intended wall time. */
export interface Speaker {
  /**
   * Says `text` at wall time `atMs` (`nowMs` is the wall time of the call). A function is called
   * then, so the words are those of the language at that moment.
   */
  speak(text: string | (() => string), atMs: number, nowMs: number): void;
  /** Says `text` now (the settings' "Test voice"). */
  sayNow(text: string): void;
  /** Drops what is scheduled and stops what is being said: it is no longer right. */
  cancelScheduled(): void;
}

/** Why speech does not work here: no speech API, the browser blocked it, no voice, or it refused. */
export type SpeechUnavailableReason = 'no-api' | 'blocked' | 'no-voice' | 'refused';

export interface SpeakerOptions {
  readonly synth?: SpeechSynthesis | null;
  readonly preferences: () => SpeechPreferences;
  /** Called once when speech turns out not to work: why, as a code the UI words in the user's language. */
  readonly onUnavailable: (reason: SpeechUnavailableReason) => void;
  /** The BCP 47 tag to speak in ("de-DE", "en-GB"), asked at each utterance: every utterance gets it as `lang`. */
  readonly language?: () => string;
  /** Called once per language when there are voices, but none of that language (`tag`): another voice speaks. */
  readonly onLanguageUnavailable?: (tag: string) => void;
}

/** Errors that only mean we stopped it ourselves. */
const EXPECTED_ERRORS = new Set(['canceled', 'interrupted']);

function defaultSynth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

/** Whether this browser has speech synthesis at all (it may still have no voice, or refuse). */
export const speechAvailable = (): boolean => defaultSynth() !== null;

export function createSpeaker(options: SpeakerOptions): Speaker {
  const synth = options.synth === undefined ? defaultSynth() : options.synth;
  const language = options.language ?? (() => document.documentElement.lang || navigator.language || 'en');
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let reported = false;
  const missingLanguages = new Set<string>();

  const unavailable = (reason: SpeechUnavailableReason) => {
    if (reported) return;
    reported = true;
    options.onUnavailable(reason);
  };

  const sayNow = (text: string) => {
    if (!synth) return unavailable('no-api');
    const utterance = new SpeechSynthesisUtterance(text);
    const preferences = options.preferences();
    const tag = language();
    const voices = synth.getVoices();
    const voice = pickVoice(voices, preferences.voiceUri, tag);
    // Voices load late in some browsers: only a list that has voices, none of this language, says so.
    if (voices.length > 0 && !voices.some((candidate) => isOfLanguage(candidate, tag)) && !missingLanguages.has(tag)) {
      missingLanguages.add(tag);
      options.onLanguageUnavailable?.(tag);
    }
    try {
      utterance.lang = tag;
      if (voice) utterance.voice = voice;
    } catch {
      // Not a voice this browser accepts: its default voice speaks instead.
    }
    utterance.rate = preferences.rate;
    utterance.addEventListener('error', (event) => {
      if (!EXPECTED_ERRORS.has(event.error)) unavailable(event.error === 'not-allowed' ? 'blocked' : 'no-voice');
    });
    try {
      synth.speak(utterance);
    } catch {
      unavailable('refused');
    }
  };

  return {
    speak(text, atMs, nowMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        const words = typeof text === 'function' ? text() : text;
        if (words.length > 0) sayNow(words);
      }, Math.max(0, atMs - nowMs));
      timers.add(timer);
    },
    sayNow,
    cancelScheduled() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      synth?.cancel();
    },
  };
}
