/**
 * The voice to speak with: the one the user chose when it still exists, otherwise an on-device
 * voice in the page's language (it works offline and starts at once), then any voice in that
 * language, then the browser's default. Null: let the browser pick.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], chosenVoiceUri: string | null, language: string): SpeechSynthesisVoice | null {
  if (chosenVoiceUri) {
    const chosen = voices.find((voice) => voice.voiceURI === chosenVoiceUri);
    if (chosen) return chosen;
  }
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  const inLanguage = voices.filter((voice) => voice.lang.toLowerCase().startsWith(base));
  return (
    inLanguage.find((voice) => voice.localService && voice.default) ??
    inLanguage.find((voice) => voice.localService) ??
    inLanguage[0] ??
    voices.find((voice) => voice.default) ??
    null
  );
}
