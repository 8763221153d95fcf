import type { BeepTone } from '../engine/types';
import { BEEP_TONES, type BeepNote } from './beep-tones';

/**
 * Beeps synthesised with Web Audio oscillators (no sound files to download), scheduled on the
 * audio clock so they sound at the engine's intended wall time even when a timer fires late.
 */
export interface Beeper {
  /**
   * Creates the AudioContext ahead of need, asleep: creating one took 55 ms (220 ms at a 4× CPU
   * slowdown), too long for the moment after Start. Call it while the page is idle.
   */
  prepare(): void;
  /** Creates or resumes the AudioContext. Call it from a user gesture (autoplay policy). */
  unlock(): Promise<boolean>;
  /** Plays `tone` at wall time `atMs`; `nowMs` is the wall time of the call. False when it cannot. */
  schedule(atMs: number, tone: BeepTone, nowMs: number): boolean;
  /** Drops every beep scheduled and not yet finished (pause, skip, back...). */
  cancelScheduled(): void;
  /** Lets the audio hardware sleep (end of the workout, leaving the player). */
  suspend(): void;
}

/** A beep more than this late is stale (a background tab): playing it now would mislead. */
const STALE_AFTER_MS = 250;
const PEAK_GAIN = 0.35;

type ContextFactory = () => AudioContext | null;

function defaultContextFactory(): AudioContext | null {
  const Constructor = globalThis.AudioContext as typeof AudioContext | undefined;
  return Constructor ? new Constructor() : null;
}

export function createBeeper(createContext: ContextFactory = defaultContextFactory): Beeper {
  let context: AudioContext | null = null;
  const pending = new Set<OscillatorNode>();

  const playNote = (audio: AudioContext, note: BeepNote, startSeconds: number) => {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    const start = startSeconds + note.offsetSeconds;
    const end = start + note.durationSeconds;
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(note.frequencyHz, start);
    // A few ms of attack and release: an abrupt start or stop clicks.
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(PEAK_GAIN, start + 0.01);
    gain.gain.setValueAtTime(PEAK_GAIN, Math.max(start + 0.01, end - 0.02));
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.addEventListener('ended', () => {
      pending.delete(oscillator);
      gain.disconnect();
    });
    oscillator.start(start);
    oscillator.stop(end);
    pending.add(oscillator);
  };

  let unlocked = false;
  return {
    prepare() {
      if (context) return;
      try {
        context = createContext();
      } catch {
        return;
      }
      // A page the user already touched may start it running: keep the audio hardware asleep
      // until Start (unlock) wants it.
      if (context?.state === 'running' && !unlocked) void context.suspend().catch(() => undefined);
    },
    async unlock() {
      unlocked = true;
      try {
        context ??= createContext();
        if (!context) return false;
        // Resumed even when it says it is running: a suspend from prepare() may still be pending,
        // and would put it to sleep after Start (no beeps at all). The context runs its calls in order.
        await context.resume();
        return context.state === 'running';
      } catch {
        return false;
      }
    },
    schedule(atMs, tone, nowMs) {
      if (!context || context.state !== 'running') return false;
      const delayMs = atMs - nowMs;
      if (delayMs < -STALE_AFTER_MS) return false;
      // Wall time maps to audio time through the offset at this moment: both clocks run at the same rate.
      const startSeconds = context.currentTime + Math.max(0, delayMs) / 1000;
      for (const note of BEEP_TONES[tone]) playNote(context, note, startSeconds);
      return true;
    },
    cancelScheduled() {
      for (const oscillator of pending) {
        try {
          oscillator.stop();
          oscillator.disconnect();
        } catch {
          // Already stopped: nothing to cancel.
        }
      }
      pending.clear();
    },
    suspend() {
      void context?.suspend().catch(() => undefined);
    },
  };
}
