import { useCallback, useEffect, useRef } from 'react';
import { nextWakeAtMs, viewAt } from '../../engine/view';
import type { Effect, Session, SessionView } from '../../engine/types';
import { afterPaintIfVisible } from '../../shared/ui/after-paint-if-visible';
import { getSession, onSessionChange, sessionActions, useSessionDisplayKey, useSessionLifecycleKey } from '../../stores/session-store';
import type { DisplayClock, ShownCue } from './display-clock';
import { countdownSeconds } from './format-time';

/** What the screen shows, as strings: the step's (step, pause state) and the second's (with the cue); and the view they come from. */
function displayKeys(session: Session, nowMs: number): { step: string; second: string; view: SessionView } {
  const view = viewAt(session, nowMs);
  const seconds = view.stepRemainingMs === null ? Math.floor(view.stepElapsedMs / 1000) : countdownSeconds(view.stepRemainingMs);
  const step = `${session.stepIndex}|${session.status}`;
  return { step, second: `${step}|${view.currentCueIndex}|${seconds}`, view };
}

/**
 * How long before its time a beep or a spoken cue may be handed to the audio at the latest while
 * the page is in view, ms: then a tick for the display a second earlier hands it over, and the
 * ticker wakes once a second instead of twice (a wake is 1 to 2 ms of script, 4 to 6 ms at a 4×
 * CPU slowdown). Timers in view fire within a few ms; a hidden page's may be a second late, so it
 * keeps the engine's whole lookahead.
 */
const IN_VIEW_EFFECT_LEAD_MS = 500;

/**
 * The player's one ticker. It sleeps until the engine's next wake-up (the next change of the
 * displayed second, of the cue, or the next effect to schedule), ticks the session there, and
 * moves `display` only when what is shown changed: about once a second, with the cue; the step's
 * time only when the step or pause state changed. A page coming back into view ticks at once, so the
 * display is right immediately after a background tab or a locked phone. Off (`running` false)
 * for the screen drawn ahead of Start.
 *
 * Returns `showAt(nowMs)`: a control calls it in the same moment as its action, so the new step
 * renders once, at the press's time (else the screen rendered the new step at the last tick's
 * time, and again at the first tick after that paint: 20 ms more at a 4× CPU slowdown).
 */
export function useSessionTicker(onEffects: (effects: readonly Effect[], nowMs: number) => void, display: DisplayClock, running = true, clock: () => number = Date.now): (nowMs: number) => void {
  // Renders the caller at each step, pause or extension (it shows the session); the ticker itself
  // starts once per workout.
  useSessionDisplayKey();
  const workoutKey = useSessionLifecycleKey();
  // What is shown of which session (by its start), as keys.
  const shown = useRef({ startedAtMs: null as number | null, step: '', second: '' });
  const onEffectsRef = useRef(onEffects);
  useEffect(() => {
    onEffectsRef.current = onEffects;
  });

  /** Moves the display to `nowMs` if what it shows changed there. */
  const showAt = useCallback(
    (nowMs: number) => {
      const session = getSession();
      if (!session) return;
      const keys = displayKeys(session, nowMs);
      if (keys.second === shown.current.second) return;
      const stepChanged = keys.step !== shown.current.step;
      shown.current = { startedAtMs: session.startedAtMs, step: keys.step, second: keys.second };
      const cue: ShownCue = { step: keys.view.step, index: keys.view.currentCueIndex };
      display.show(nowMs, stepChanged, cue);
    },
    [display],
  );

  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ticking = false;
    const planNextWake = (nowMs: number) => {
      clearTimeout(timer);
      const session = getSession();
      const wakeAtMs = session && nextWakeAtMs(session, nowMs, document.visibilityState === 'visible' ? IN_VIEW_EFFECT_LEAD_MS : undefined);
      if (wakeAtMs !== null && wakeAtMs !== undefined) timer = setTimeout(fire, Math.max(0, wakeAtMs - nowMs));
    };
    const fire = () => {
      const nowMs = clock();
      ticking = true;
      const effects = sessionActions.clockTicked(nowMs);
      ticking = false;
      if (effects.length > 0) onEffectsRef.current(effects, nowMs);
      showAt(nowMs);
      planNextWake(nowMs);
    };
    // A control, the pause on leaving or another tab changed the session: the next wake is planned
    // from it, without a tick (the control showed its moment). Before, the ticker started over at
    // each new step, its own ticks' too, and ticked once more after the step's paint, finding
    // nothing new: a tick more per step, every 2 s in a rep exercise.
    const stopFollowing = onSessionChange(() => {
      if (!ticking) planNextWake(clock());
    });
    // What the screen was first rendered with: a tick that finds the same step shows nothing new,
    // rather than rendering the whole screen again in the moment after Start.
    const rendered = getSession();
    if (rendered && shown.current.startedAtMs !== rendered.startedAtMs) {
      const keys = displayKeys(rendered, display.nowMs());
      shown.current = { startedAtMs: rendered.startedAtMs, step: keys.step, second: keys.second };
    }
    // Hidden, the next wake is planned again with the whole lookahead for the beeps ahead (see
    // IN_VIEW_EFFECT_LEAD_MS); back in view, the display is brought up to date at once.
    const onVisibilityChange = () => fire();
    // The first tick waits for the paint of the render that started the ticker (Start, a workout
    // taken over): ticking at once finds next to nothing new, and it was a third of the script in
    // the moment after Start at a 4× CPU slowdown.
    const cancelFirstTick = afterPaintIfVisible(fire);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      cancelFirstTick();
      stopFollowing();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [workoutKey, clock, display, running, showAt]);
  return showAt;
}
