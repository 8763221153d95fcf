import { useEffect } from 'react';
import { sessionActions } from '../../stores/session-store';

/** Running workouts on screen: a StrictMode remount (development) is not a way out. */
let playersShown = 0;

/**
 * Any way out of the running workout pauses it first (and saves it paused): the player's own
 * links, the browser's Back and any other navigation unmount it (React Router); closing or
 * reloading the tab fires `pagehide`. The page merely becoming hidden (visibilitychange: another
 * app in front, the screen locked) does not pause: the user may do that on purpose, and the
 * workout runs on with sound. Off (`shown` false) for the screen drawn ahead of Start.
 */
export function usePauseOnLeave(shown = true, clock: () => number = Date.now): void {
  useEffect(() => {
    if (!shown) return;
    playersShown += 1;
    const onPageHide = () => sessionActions.playerLeft(clock());
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      playersShown -= 1;
      // React's development StrictMode unmounts and mounts again in the same task: wait a
      // microtask, and pause only if no player came back. (The time is read at the unmount.)
      const leftAtMs = clock();
      void Promise.resolve().then(() => {
        if (playersShown === 0) sessionActions.playerLeft(leftAtMs);
      });
    };
  }, [shown, clock]);
}
