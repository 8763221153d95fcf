/** A stand-in for speechSynthesis that records what would be said and can fail like headless Chromium. */
export interface SpokenUtterance {
  readonly text: string;
  readonly voiceName: string | null;
  readonly rate: number;
  readonly lang: string;
}

export function fakeVoice(name: string, lang: string, localService: boolean, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, localService, default: isDefault, voiceURI: `urn:${name}` } as SpeechSynthesisVoice;
}

export class FakeSpeechSynthesis extends EventTarget {
  readonly spoken: SpokenUtterance[] = [];
  cancelCount = 0;
  constructor(
    public voices: SpeechSynthesisVoice[] = [],
    private readonly failWith: string | null = null,
  ) {
    super();
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    if (this.failWith) {
      const error = new Event('error') as SpeechSynthesisErrorEvent;
      Object.defineProperty(error, 'error', { value: this.failWith });
      utterance.dispatchEvent(error);
      return;
    }
    this.spoken.push({ text: utterance.text, voiceName: utterance.voice?.name ?? null, rate: utterance.rate, lang: utterance.lang });
  }

  cancel(): void {
    this.cancelCount += 1;
  }

  asSynth(): SpeechSynthesis {
    return this as unknown as SpeechSynthesis;
  }
}

/** jsdom has no SpeechSynthesisUtterance: a minimal one that can dispatch events. */
export class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  constructor(public text: string) {
    super();
  }
}
