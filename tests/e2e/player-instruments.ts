import type { Page } from 'playwright-core';

export interface SpokenCue {
  readonly text: string;
  readonly atMs: number;
}

export interface RecordedBeep {
  readonly frequencyHz: number;
  /** The wall time (page clock) the beep was scheduled to sound at. */
  readonly atMs: number;
}

/**
 * Before any page script runs: a speechSynthesis that records what would be said (and never
 * fails, unlike headless Chromium's), and an AudioContext whose oscillators
 * record their pitch and the wall time they were scheduled for.
 */
export async function instrumentSpeechAndAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; atMs: number }[] = [];
    const beeps: { frequencyHz: number; atMs: number }[] = [];
    Object.assign(window, { __spoken: spoken, __beeps: beeps });
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      // Real SpeechSynthesisVoice objects cannot be made: no voices, the browser's default speaks.
      getVoices: () => [],
      speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, atMs: Date.now() }),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });

    // The contexts the page resumes, so a test can wait for its audio to run (real time, not the page clock).
    const contexts: AudioContext[] = [];
    Object.assign(window, { __audioContexts: contexts });
    const resume = AudioContext.prototype.resume;
    AudioContext.prototype.resume = function (this: AudioContext) {
      if (!contexts.includes(this)) contexts.push(this);
      return resume.call(this);
    };

    const createOscillator = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      const oscillator = createOscillator.call(this);
      let frequencyHz = 0;
      const setValueAtTime = oscillator.frequency.setValueAtTime.bind(oscillator.frequency);
      oscillator.frequency.setValueAtTime = (value: number, time: number) => {
        frequencyHz = value;
        return setValueAtTime(value, time);
      };
      const start = oscillator.start.bind(oscillator);
      oscillator.start = (when = 0) => {
        beeps.push({ frequencyHz, atMs: Math.round(Date.now() + Math.max(0, when - this.currentTime) * 1000) });
        start(when);
      };
      return oscillator;
    };
  });
}

export const spokenCues = (page: Page): Promise<SpokenCue[]> => page.evaluate(() => (window as unknown as { __spoken: SpokenCue[] }).__spoken);
/** Whether the page's audio runs (Start resumes it just after its first paint; resuming takes real time, not page time). */
export const audioRunning = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __audioContexts: AudioContext[] }).__audioContexts.some((context) => context.state === 'running'));
export const recordedBeeps = (page: Page): Promise<RecordedBeep[]> => page.evaluate(() => (window as unknown as { __beeps: RecordedBeep[] }).__beeps);

/** Makes the page look hidden or visible, as a backgrounded tab or a locked phone does, and says so. */
export async function setPageVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((visibility) => {
    Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true });
    Object.defineProperty(document, 'hidden', { value: visibility === 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}
