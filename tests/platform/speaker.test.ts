import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickVoice } from '../../src/platform/pick-voice';
import { createSpeaker } from '../../src/platform/speaker';
import { FakeSpeechSynthesis, FakeUtterance, fakeVoice } from './fake-speech';

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const preferences = () => ({ voiceUri: null, rate: 1.2 });

describe('the speaker', () => {
  it('says a cue at its intended time, not before', () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Anna', 'en-GB', true)]);
    const speaker = createSpeaker({ synth: synth.asSynth(), preferences, onUnavailable: vi.fn(), language: () => 'en' });
    speaker.speak('Switch to the left side', 11_500, 10_000);
    vi.advanceTimersByTime(1_499);
    expect(synth.spoken).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(synth.spoken).toEqual([{ text: 'Switch to the left side', voiceName: 'Anna', rate: 1.2, lang: 'en' }]);
  });

  it('gives every utterance the language it is spoken in, and a voice of that language', () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Anna', 'en-GB', true, true), fakeVoice('Hans', 'de-DE', true)]);
    let tag = 'de-DE';
    const speaker = createSpeaker({ synth: synth.asSynth(), preferences, onUnavailable: vi.fn(), language: () => tag });
    speaker.sayNow('Becken anheben.');
    tag = 'en-GB';
    speaker.sayNow('Raise your pelvis.');
    expect(synth.spoken.map((utterance) => [utterance.text, utterance.lang, utterance.voiceName])).toEqual([
      ['Becken anheben.', 'de-DE', 'Hans'],
      ['Raise your pelvis.', 'en-GB', 'Anna'],
    ]);
  });

  it('puts scheduled words into the language of the moment they are said', () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Hans', 'de-DE', true)]);
    let words = 'Rest.';
    const speaker = createSpeaker({ synth: synth.asSynth(), preferences, onUnavailable: vi.fn(), language: () => 'de-DE' });
    speaker.speak(() => words, 1_000, 0);
    words = 'Pause.';
    vi.advanceTimersByTime(1_000);
    expect(synth.spoken.map((utterance) => utterance.text)).toEqual(['Pause.']);
  });

  it('says once, per language, that no voice of that language exists, and still speaks', () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Anna', 'en-GB', true, true)]);
    const onLanguageUnavailable = vi.fn();
    const speaker = createSpeaker({ synth: synth.asSynth(), preferences, onUnavailable: vi.fn(), onLanguageUnavailable, language: () => 'de-DE' });
    speaker.sayNow('Pause.');
    speaker.sayNow('Halbzeit.');
    expect(onLanguageUnavailable).toHaveBeenCalledTimes(1);
    expect(onLanguageUnavailable).toHaveBeenCalledWith('de-DE');
    expect(synth.spoken.map((utterance) => [utterance.lang, utterance.voiceName])).toEqual([['de-DE', 'Anna'], ['de-DE', 'Anna']]);
  });

  it('drops what was scheduled and stops talking when cancelled', () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Anna', 'en-GB', true)]);
    const speaker = createSpeaker({ synth: synth.asSynth(), preferences, onUnavailable: vi.fn(), language: () => 'en' });
    speaker.speak('Halfway', 2_000, 0);
    speaker.cancelScheduled();
    vi.advanceTimersByTime(5_000);
    expect(synth.spoken).toEqual([]);
    expect(synth.cancelCount).toBe(1);
  });

  it('says once that voice is unavailable when synthesis fails, as in headless Chromium', () => {
    const synth = new FakeSpeechSynthesis([], 'synthesis-failed');
    const onUnavailable = vi.fn();
    const speaker = createSpeaker({ synth: synth.asSynth(), preferences, onUnavailable, language: () => 'en' });
    speaker.sayNow('Get ready');
    speaker.sayNow('Raise');
    expect(onUnavailable).toHaveBeenCalledTimes(1);
    expect(onUnavailable).toHaveBeenCalledWith('no-voice');
  });

  it('does not call a cancelled utterance a failure', () => {
    const synth = new FakeSpeechSynthesis([], 'interrupted');
    const onUnavailable = vi.fn();
    createSpeaker({ synth: synth.asSynth(), preferences, onUnavailable, language: () => 'en' }).sayNow('Hold');
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('reports a browser without speech at the first cue', () => {
    const onUnavailable = vi.fn();
    createSpeaker({ synth: null, preferences, onUnavailable, language: () => 'en' }).sayNow('Hold');
    expect(onUnavailable).toHaveBeenCalledWith('no-api');
  });
});

describe('choosing a voice', () => {
  const online = fakeVoice('Cloud', 'en-US', false, true);
  const local = fakeVoice('Local', 'en-US', true);
  const german = fakeVoice('Hans', 'de-DE', true);

  it('prefers an on-device voice in the page language', () => {
    expect(pickVoice([online, german, local], null, 'en-GB')?.name).toBe('Local');
  });

  it('uses the chosen voice when it still exists', () => {
    expect(pickVoice([online, local], 'urn:Cloud', 'en')?.name).toBe('Cloud');
  });

  it('passes over a chosen voice of another language for one of the language spoken', () => {
    expect(pickVoice([online, german, local], 'urn:Cloud', 'de-DE')?.name).toBe('Hans');
  });

  it('falls back to an automatic voice when the chosen one is gone', () => {
    expect(pickVoice([local], 'urn:Removed', 'en')?.name).toBe('Local');
  });

  it('lets the browser choose when there are no voices', () => {
    expect(pickVoice([], null, 'en')).toBeNull();
  });
});
