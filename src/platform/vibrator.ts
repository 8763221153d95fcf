/** Vibration where the device has it (most phones; no desktop, no iOS Safari). */
export interface Vibrator {
  vibrate(patternMs: readonly number[], atMs: number, nowMs: number): void;
  cancelScheduled(): void;
}

export function createVibrator(nav: Pick<Navigator, 'vibrate'> | null = typeof navigator === 'undefined' ? null : navigator): Vibrator {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const supported = !!nav && typeof nav.vibrate === 'function';
  return {
    vibrate(patternMs, atMs, nowMs) {
      if (!supported) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        try {
          nav.vibrate([...patternMs]);
        } catch {
          // A browser that refuses (no user gesture yet) just stays silent.
        }
      }, Math.max(0, atMs - nowMs));
      timers.add(timer);
    },
    cancelScheduled() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
