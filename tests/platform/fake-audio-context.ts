/** A stand-in for AudioContext that records what would be played, for tests of the beeper. */
export interface RecordedOscillator {
  frequencyHz: number | null;
  startSeconds: number | null;
  stopSeconds: number | null;
  stoppedEarly: boolean;
}

export class FakeAudioContext {
  state: AudioContextState = 'suspended';
  currentTime = 0;
  readonly destination = {};
  readonly oscillators: RecordedOscillator[] = [];

  resume(): Promise<void> {
    this.state = 'running';
    return Promise.resolve();
  }

  suspend(): Promise<void> {
    this.state = 'suspended';
    return Promise.resolve();
  }

  createGain() {
    const param = { setValueAtTime: () => param, linearRampToValueAtTime: () => param };
    return { gain: param, connect: (target: unknown) => target, disconnect: () => undefined };
  }

  createOscillator() {
    const record: RecordedOscillator = { frequencyHz: null, startSeconds: null, stopSeconds: null, stoppedEarly: false };
    this.oscillators.push(record);
    return {
      type: 'sine',
      frequency: { setValueAtTime: (value: number) => (record.frequencyHz = value) },
      connect: (target: unknown) => target,
      disconnect: () => undefined,
      addEventListener: () => undefined,
      start: (when: number) => (record.startSeconds = when),
      stop: (when?: number) => {
        if (when === undefined) record.stoppedEarly = true;
        else record.stopSeconds = when;
      },
    };
  }
}
