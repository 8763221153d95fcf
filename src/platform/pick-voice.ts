/** Whether `voice` speaks the language of `tag` ("de" for "de-DE", "de-AT", "de_CH"…). */
export function isOfLanguage(voice: SpeechSynthesisVoice, tag: string): boolean {
  const base = (value: string) => value.toLowerCase().replace('_', '-').split('-')[0] ?? '';
  return base(voice.lang) === base(tag);
}

/**
 * The voice to speak with, for text in the language of `language` (a BCP 47 tag): the one the
 * user chose when it still exists and speaks that language, otherwise an on-device voice of the
 * language (it works offline and starts at once), then any voice of it; with no voice of the
 * language, the chosen voice, then the browser's default. Null: let the browser pick.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], chosenVoiceUri: string | null, language: string): SpeechSynthesisVoice | null {
  const chosen = chosenVoiceUri ? voices.find((voice) => voice.voiceURI === chosenVoiceUri) : undefined;
  if (chosen && isOfLanguage(chosen, language)) return chosen;
  const inLanguage = voices.filter((voice) => isOfLanguage(voice, language));
  return (
    inLanguage.find((voice) => voice.localService && voice.default) ??
    inLanguage.find((voice) => voice.localService) ??
    inLanguage[0] ??
    chosen ??
    voices.find((voice) => voice.default) ??
    null
  );
}
