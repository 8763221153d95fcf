import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { PlanStep } from '../../engine/types';

/** The cue shown, with the step it is a cue of. */
export interface ShownCue {
  readonly step: PlanStep;
  readonly index: number;
}

/**
 * The wall time the workout screen is shown at, in two grains: `stepNowMs` moves when the step
 * or the pause state changes; `nowMs` also moves with every displayed second. The screen renders
 * on the first; a new second renders nothing: the digits and the time left are written straight
 * into their elements (useEverySecond), and the hold's goal renders only when it turns to "New
 * best!". A new cue renders only the cue list and the live region (useShownCueIndex).
 */
export interface DisplayClock {
  readonly nowMs: () => number;
  readonly stepNowMs: () => number;
  /**
   * The index of the cue shown of `step`: the display's step, or the one shown before it (its
   * words stay a frame longer, see StepStage); null for another step, or before the first tick.
   */
  readonly cueIndexOf: (step: PlanStep) => number | null;
  readonly subscribe: (listener: () => void) => () => void;
  /** A new displayed second at `nowMs`, with its cue (null: the rendered one); `stepChanged` when the step or pause state changed too. */
  readonly show: (nowMs: number, stepChanged: boolean, cue: ShownCue | null) => void;
}

export function createDisplayClock(startMs: number): DisplayClock {
  let nowMs = startMs;
  let stepNowMs = startMs;
  let shownCue: ShownCue | null = null;
  let cueBefore: ShownCue | null = null;
  const listeners = new Set<() => void>();
  return {
    nowMs: () => nowMs,
    stepNowMs: () => stepNowMs,
    cueIndexOf: (step) => (shownCue?.step === step ? shownCue.index : cueBefore?.step === step ? cueBefore.index : null),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show: (shownMs, stepChanged, cue) => {
      nowMs = shownMs;
      // Without a cue (Start, a screen shown anew) the rendered cues stand, none from before.
      if (cue === null) cueBefore = null;
      else if (cue.step !== shownCue?.step) cueBefore = shownCue;
      shownCue = cue;
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

/** The time to show the step at: renders when the step or pause state changes. */
export function useStepNowMs(clock: DisplayClock): number {
  return useSyncExternalStore(clock.subscribe, clock.stepNowMs, clock.stepNowMs);
}

const subscribeToNothing = () => () => undefined;

/**
 * The cue to mark in `step`'s cues: the display's, rendering only the caller when it moves on,
 * not the screen. A new cue rendered the whole workout screen before (and its words a frame
 * later): 25 to 50 ms a cue on a slow phone (4× CPU), a cue every 5 or 6 s. `renderedIndex` (the
 * cue at the screen's render) stands until the display has shown a cue of `step`, and always
 * without a display clock (a component shown on its own).
 */
export function useShownCueIndex(step: PlanStep, renderedIndex: number): number {
  const clock = useContext(DisplayClockContext);
  return useSyncExternalStore(clock?.subscribe ?? subscribeToNothing, () => clock?.cueIndexOf(step) ?? renderedIndex);
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

/** Sets an inline style property when it changed: the same value set again restyles the element. */
export function setStyleIfChanged(element: HTMLElement, property: string, value: string): void {
  if (element.style.getPropertyValue(property) !== value) element.style.setProperty(property, value);
}
