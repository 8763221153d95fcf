import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Session, SessionView } from '../../engine/types';
import { viewAt } from '../../engine/view';

/**
 * The wall time the workout screen is shown at, in two grains: `stepNowMs` moves when the step,
 * the cue or the pause state changes; `nowMs` also moves with every displayed second. The
 * screen renders on the first; only the parts that show seconds (the countdown, the time left,
 * the hold's goal) listen to the second, so a new second renders those and nothing else.
 */
export interface DisplayClock {
  readonly nowMs: () => number;
  readonly stepNowMs: () => number;
  readonly subscribe: (listener: () => void) => () => void;
  /** A new displayed second at `nowMs`; `stepChanged` when the step, cue or pause state changed too. */
  readonly show: (nowMs: number, stepChanged: boolean) => void;
}

export function createDisplayClock(startMs: number): DisplayClock {
  let nowMs = startMs;
  let stepNowMs = startMs;
  const listeners = new Set<() => void>();
  return {
    nowMs: () => nowMs,
    stepNowMs: () => stepNowMs,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show: (shownMs, stepChanged) => {
      nowMs = shownMs;
      if (stepChanged) stepNowMs = shownMs;
      for (const listener of listeners) listener();
    },
  };
}

export const DisplayClockContext = createContext<DisplayClock | null>(null);

function useDisplayClock(): DisplayClock {
  const clock = useContext(DisplayClockContext);
  if (!clock) throw new Error('useDisplayNowMs outside a running workout (DisplayClockContext)');
  return clock;
}

/** The time to show seconds at: renders with every displayed second. */
export function useDisplayNowMs(): number {
  const clock = useDisplayClock();
  return useSyncExternalStore(clock.subscribe, clock.nowMs, clock.nowMs);
}

/** `session` as shown at the displayed second: for the parts that show seconds. */
export function useDisplayedView(session: Session): SessionView {
  return viewAt(session, useDisplayNowMs());
}

/** The time to show the step at: renders when the step, cue or pause state changes. */
export function useStepNowMs(clock: DisplayClock): number {
  return useSyncExternalStore(clock.subscribe, clock.stepNowMs, clock.stepNowMs);
}
