import { useSyncExternalStore } from 'react';

const NO_VOICES: readonly SpeechSynthesisVoice[] = [];
let cached: readonly SpeechSynthesisVoice[] = NO_VOICES;

function synth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

// getVoices() returns a new array each call; keep the last one while its content is the same so
// React sees a stable snapshot.
function snapshot(): readonly SpeechSynthesisVoice[] {
  const voices = synth()?.getVoices() ?? NO_VOICES;
  const same = voices.length === cached.length && voices.every((voice, index) => voice.voiceURI === cached[index]?.voiceURI);
  if (!same) cached = voices.length ? [...voices] : NO_VOICES;
  return cached;
}

function subscribe(onChange: () => void): () => void {
  const speech = synth();
  // Chromium fills the list asynchronously and says so with 'voiceschanged'.
  speech?.addEventListener('voiceschanged', onChange);
  return () => speech?.removeEventListener('voiceschanged', onChange);
}

/** The voices this browser offers, updated when it finishes loading them. */
export function useVoices(): readonly SpeechSynthesisVoice[] {
  return useSyncExternalStore(subscribe, snapshot, () => NO_VOICES);
}
