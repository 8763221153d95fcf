import { describe, expect, it, vi } from 'vitest';
import type { Effect, Phrase } from '../../src/engine/types';
import { createEffectRunner, type EffectPreferences } from '../../src/platform/effect-runner';

function parts(preferences: EffectPreferences) {
  return {
    beeper: { prepare: vi.fn(), unlock: vi.fn(), schedule: vi.fn(() => true), cancelScheduled: vi.fn(), suspend: vi.fn() },
    speaker: { speak: vi.fn(), sayNow: vi.fn(), cancelScheduled: vi.fn() },
    vibrator: { vibrate: vi.fn(), cancelScheduled: vi.fn() },
    preferences: () => preferences,
    phrasesText: vi.fn((phrases: readonly Phrase[]) => phrases.map((phrase) => ('key' in phrase ? phrase.key : phrase.ref)).join(' ')),
  };
}

const allOn = { soundOn: true, voiceOn: true, vibrationOn: true };
const effects: Effect[] = [
  { type: 'beep', atMs: 1_000, tone: 'countdown' },
  { type: 'speak', atMs: 1_200, phrases: [{ key: 'engine.switchTo', values: { side: 'left' } }, { ref: 'switch-cue', exerciseId: 'quadruped-leg-raise' }] },
  { type: 'vibrate', atMs: 1_300, patternMs: [200] },
  { type: 'step-changed', fromIndex: 0, toIndex: 1 },
];

describe('the effect runner', () => {
  it('passes each beep, phrase and vibration on with its intended time', () => {
    const p = parts(allOn);
    createEffectRunner(p).run(effects, 900);
    expect(p.beeper.schedule).toHaveBeenCalledWith(1_000, 'countdown', 900);
    expect(p.speaker.speak).toHaveBeenCalledWith(expect.any(Function), 1_200, 900);
    // The words are made when the phrase is said, in the language of that moment.
    expect(p.phrasesText).not.toHaveBeenCalled();
    const words = (p.speaker.speak.mock.calls[0] as unknown as [() => string])[0]();
    expect(words).toBe('engine.switchTo switch-cue');
    expect(p.vibrator.vibrate).toHaveBeenCalledWith([200], 1_300, 900);
  });

  it('leaves out what the user switched off in settings', () => {
    const p = parts({ soundOn: false, voiceOn: false, vibrationOn: false });
    createEffectRunner(p).run(effects, 900);
    expect(p.beeper.schedule).not.toHaveBeenCalled();
    expect(p.speaker.speak).not.toHaveBeenCalled();
    expect(p.vibrator.vibrate).not.toHaveBeenCalled();
  });

  it('drops everything scheduled when the engine says it is no longer right', () => {
    const p = parts(allOn);
    createEffectRunner(p).run([{ type: 'cancel-scheduled' }], 0);
    expect(p.beeper.cancelScheduled).toHaveBeenCalled();
    expect(p.speaker.cancelScheduled).toHaveBeenCalled();
    expect(p.vibrator.cancelScheduled).toHaveBeenCalled();
  });

  it('keeps going with the other cues when one browser API throws', () => {
    const p = parts(allOn);
    p.beeper.schedule.mockImplementation(() => {
      throw new Error('audio device lost');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => createEffectRunner(p).run(effects, 900)).not.toThrow();
    expect(p.speaker.speak).toHaveBeenCalled();
    expect(p.vibrator.vibrate).toHaveBeenCalled();
  });
});
