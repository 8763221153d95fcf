import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

/**
 * The wall time the workout screen is shown at, in two grains: `stepNowMs` moves when the step,
 * the cue or the pause state changes; `nowMs` also moves with every displayed second. The
 * screen renders on the first; a new second renders nothing: the digits and the time left are
 * written straight into their elements (useEverySecond), and the hold's goal renders only when
 * it turns to "New best!".
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
  if (!clock) throw new Error('useDisplayedValue outside a running workout (DisplayClockContext)');
  return clock;
}

/**
 * A value the display shows, worked out at each displayed second, that renders only when it
 * changes (a primitive: compared with Object.is), such as whether a hold has beaten the best.
 */
export function useDisplayedValue<T extends string | number | boolean | null>(select: (nowMs: number) => T): T {
  const clock = useDisplayClock();
  return useSyncExternalStore(clock.subscribe, () => select(clock.nowMs()));
}

/** The time to show the step at: renders when the step, cue or pause state changes. */
export function useStepNowMs(clock: DisplayClock): number {
  return useSyncExternalStore(clock.subscribe, clock.stepNowMs, clock.stepNowMs);
}

/**
 * Writes what changes every displayed second straight into the page, without a React render:
 * `show(nowMs)` runs after every render of its component (a new step, cue or pause may change
 * what it shows) and at each displayed second. For the few texts and attributes that change
 * every second (the digits, the timer's name, the time left): a render a second for them was
 * React's walk from the root down to them and back, most of the script a second costs on a slow
 * phone. Without a display clock (a component shown on its own) it does nothing: what was
 * rendered stays.
 */
export function useEverySecond(show: (nowMs: number) => void): void {
  const clock = useContext(DisplayClockContext);
  const latest = useRef(show);
  useLayoutEffect(() => {
    latest.current = show;
    if (clock) show(clock.nowMs());
  });
  useLayoutEffect(() => (clock ? clock.subscribe(() => latest.current(clock.nowMs())) : undefined), [clock]);
}

/**
 * Sets an element's text when it changed (the same text written again is laid out again), in its
 * text node as React does: replacing the node (textContent) is an insertion, which cost a style
 * pass of the screen every second (8 ms a second on a slow phone).
 */
export function setTextIfChanged(element: Element | null, text: string): void {
  if (!element || element.textContent === text) return;
  const only = element.firstChild;
  if (only instanceof Text && only === element.lastChild) only.data = text;
  else element.textContent = text;
}
