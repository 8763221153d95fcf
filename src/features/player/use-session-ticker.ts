import { useEffect, useRef, useState } from 'react';
import { nextWakeAtMs, viewAt } from '../../engine/view';
import type { Effect, Session } from '../../engine/types';
import { getSession, sessionActions, useSessionDisplayKey } from '../../stores/session-store';
import { countdownSeconds } from './format-time';

/** What the screen shows, as one string: when it changes, React must render; otherwise not. */
function displayKey(session: Session, nowMs: number): string {
  const view = viewAt(session, nowMs);
  const seconds = view.stepRemainingMs === null ? Math.floor(view.stepElapsedMs / 1000) : countdownSeconds(view.stepRemainingMs);
  return `${session.stepIndex}|${session.status}|${seconds}|${view.currentCueIndex}`;
}

/**
 * The player's one ticker. It sleeps until the engine's next wake-up (the next change of the
 * displayed second, of the cue, or the next effect to schedule), ticks the session there, and
 * re-renders only when what is shown changed: about once a second. A page coming back into view
 * ticks at once, so the display is right immediately after a background tab or a locked phone.
 * Returns the wall time to render the session at.
 */
export function useSessionTicker(onEffects: (effects: readonly Effect[], nowMs: number) => void, clock: () => number = Date.now): number {
  const sessionKey = useSessionDisplayKey();
  const [displayNowMs, setDisplayNowMs] = useState(clock);
  const shownKey = useRef('');
  const onEffectsRef = useRef(onEffects);
  useEffect(() => {
    onEffectsRef.current = onEffects;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fire = () => {
      clearTimeout(timer);
      const nowMs = clock();
      const effects = sessionActions.clockTicked(nowMs);
      if (effects.length > 0) onEffectsRef.current(effects, nowMs);
      const session = getSession();
      if (!session) return;
      const key = displayKey(session, nowMs);
      if (key !== shownKey.current) {
        shownKey.current = key;
        setDisplayNowMs(nowMs);
      }
      const wakeAtMs = nextWakeAtMs(session, nowMs);
      if (wakeAtMs !== null) timer = setTimeout(fire, Math.max(0, wakeAtMs - nowMs));
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') fire();
    };
    fire();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [sessionKey, clock]);

  return displayNowMs;
}
