import { describe, expect, it } from 'vitest';
import { BEEP_TONES } from '../../src/platform/beep-tones';
import { createBeeper } from '../../src/platform/beeper';
import { FakeAudioContext } from './fake-audio-context';

function unlockedBeeper() {
  const audio = new FakeAudioContext();
  const beeper = createBeeper(() => audio as unknown as AudioContext);
  return { audio, beeper };
}

describe('the beeper', () => {
  it('plays nothing before it is unlocked by a user gesture', () => {
    const { audio, beeper } = unlockedBeeper();
    expect(beeper.schedule(1_000, 'countdown', 1_000)).toBe(false);
    expect(audio.oscillators).toEqual([]);
  });

  it('prepared ahead of Start, makes its one AudioContext then, asleep, and plays only once unlocked', async () => {
    let created = 0;
    const audio = new FakeAudioContext();
    // A page the user already touched may create the context running: prepare puts it to sleep.
    audio.state = 'running';
    const beeper = createBeeper(() => {
      created += 1;
      return audio as unknown as AudioContext;
    });
    beeper.prepare();
    expect(created).toBe(1);
    await Promise.resolve();
    expect(audio.state).toBe('suspended');
    expect(beeper.schedule(1_000, 'countdown', 1_000)).toBe(false);
    expect(await beeper.unlock()).toBe(true);
    expect(created).toBe(1);
    expect(beeper.schedule(1_000, 'countdown', 1_000)).toBe(true);
  });

  it('unlocked at Start while the sleep that prepare asked for is still pending, still plays', async () => {
    // As a real AudioContext: its state changes when the call completes, and calls run in order.
    class SlowAudioContext extends FakeAudioContext {
      private queue: Promise<void> = Promise.resolve();
      private later(state: AudioContextState): Promise<void> {
        this.queue = this.queue.then(() => new Promise((done) => setTimeout(done, 5))).then(() => void (this.state = state));
        return this.queue;
      }
      override resume(): Promise<void> {
        return this.later('running');
      }
      override suspend(): Promise<void> {
        return this.later('suspended');
      }
    }
    const audio = new SlowAudioContext();
    audio.state = 'running';
    const beeper = createBeeper(() => audio as unknown as AudioContext);
    beeper.prepare();
    expect(await beeper.unlock()).toBe(true);
    await new Promise((settled) => setTimeout(settled, 30)); // every call the context was given has completed
    expect(audio.state).toBe('running');
    expect(beeper.schedule(1_000, 'countdown', 1_000)).toBe(true);
  });

  it('prepared without Web Audio, stays silent and unlocks to false', async () => {
    const beeper = createBeeper(() => null);
    beeper.prepare();
    expect(await beeper.unlock()).toBe(false);
  });

  it('schedules a beep on the audio clock at the intended wall time', async () => {
    const { audio, beeper } = unlockedBeeper();
    expect(await beeper.unlock()).toBe(true);
    audio.currentTime = 12;
    // Intended 1.5 s after "now": the audio clock starts it 1.5 s after its own present.
    expect(beeper.schedule(101_500, 'countdown', 100_000)).toBe(true);
    expect(audio.oscillators).toHaveLength(1);
    expect(audio.oscillators[0]!.startSeconds).toBeCloseTo(13.5, 6);
    expect(audio.oscillators[0]!.frequencyHz).toBe(660);
  });

  it('gives each tone its own sound: a switch is two notes, the finish three', async () => {
    const { audio, beeper } = unlockedBeeper();
    await beeper.unlock();
    beeper.schedule(0, 'switch', 0);
    beeper.schedule(0, 'finish', 0);
    expect(audio.oscillators.map((note) => note.frequencyHz)).toEqual([880, 587, 523, 659, 784]);
  });

  it('plays pause as one low note and resume as two rising ones, unlike every other tone', async () => {
    const { audio, beeper } = unlockedBeeper();
    await beeper.unlock();
    expect([beeper.schedule(0, 'pause', 0), beeper.schedule(0, 'resume', 0)]).toEqual([true, true]);
    expect(audio.oscillators.map((note) => note.frequencyHz)).toEqual([330, 440, 660]);
    const signature = (tone: keyof typeof BEEP_TONES) => BEEP_TONES[tone].map((note) => note.frequencyHz).join('-');
    const signatures = (Object.keys(BEEP_TONES) as (keyof typeof BEEP_TONES)[]).map(signature);
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('drops a beep whose time passed long ago, as after a background tab', async () => {
    const { audio, beeper } = unlockedBeeper();
    await beeper.unlock();
    expect(beeper.schedule(10_000, 'countdown', 11_000)).toBe(false);
    expect(audio.oscillators).toEqual([]);
  });

  it('plays a slightly late beep at once rather than in the past', async () => {
    const { audio, beeper } = unlockedBeeper();
    await beeper.unlock();
    audio.currentTime = 5;
    beeper.schedule(10_000, 'go', 10_100);
    expect(audio.oscillators[0]!.startSeconds).toBe(5);
  });

  it('stops every scheduled beep when told to cancel', async () => {
    const { audio, beeper } = unlockedBeeper();
    await beeper.unlock();
    beeper.schedule(2_000, 'countdown', 0);
    beeper.schedule(3_000, 'countdown', 0);
    beeper.cancelScheduled();
    expect(audio.oscillators.every((note) => note.stoppedEarly)).toBe(true);
  });

  it('reports that it cannot play where the browser has no Web Audio', async () => {
    const beeper = createBeeper(() => null);
    expect(await beeper.unlock()).toBe(false);
    expect(beeper.schedule(0, 'go', 0)).toBe(false);
  });
});
