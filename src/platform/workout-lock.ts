/**
 * One running workout per device: the tab that runs it holds a Web Lock. Another tab asks
 * whether the lock is held before it offers to start or resume, and "Continue here" steals it:
 * the browser then rejects the holder's request, which is how the first tab learns that the
 * workout moved and stops counting, beeping and speaking. A closed or crashed tab releases it.
 * Where there is no Web Locks API, every tab acts as the only one (as before this existed).
 */
export const WORKOUT_LOCK_NAME = 'upright:workout';
const CHANNEL_NAME = 'upright:workout-lock';

export interface WorkoutLock {
  /** Takes the lock if no tab holds it; true when this tab holds it now. */
  acquireIfFree(): Promise<boolean>;
  /** Takes the lock from whichever tab holds it. */
  steal(): Promise<void>;
  release(): void;
  /** Whether another tab holds it now. */
  heldElsewhere(): Promise<boolean>;
  readonly held: () => boolean;
  /** False where the browser has no Web Locks: then this tab acts as the only one. */
  readonly coordinated: boolean;
  /** `listener` runs when another tab took the lock away from this one. */
  onLost(listener: () => void): () => void;
  /** `listener` runs when another tab took or released the lock (time to ask heldElsewhere again). */
  onChangedElsewhere(listener: () => void): () => void;
}

export function createWorkoutLock(locks: LockManager | undefined = typeof navigator === 'undefined' ? undefined : navigator.locks): WorkoutLock {
  let releaseHeld: (() => void) | null = null;
  /** Settles once the browser has really let go of the lock this tab held. */
  let heldRequest: Promise<unknown> = Promise.resolve();
  const lostListeners = new Set<() => void>();
  const changedListeners = new Set<() => void>();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  channel?.addEventListener('message', () => changedListeners.forEach((listener) => listener()));
  const announce = () => channel?.postMessage('changed');

  /** Requests the lock with `options`; resolves once the request is answered (granted or not). */
  const request = (options: LockOptions): Promise<boolean> =>
    new Promise<boolean>((answered) => {
      if (!locks) {
        releaseHeld = () => undefined;
        answered(true);
        return;
      }
      const pending = locks
        .request(WORKOUT_LOCK_NAME, options, (lock) => {
          if (!lock) {
            answered(false);
            return undefined;
          }
          answered(true);
          // Held until release() resolves this promise.
          return new Promise<void>((resolve) => {
            releaseHeld = resolve;
          });
        })
        .catch(() => {
          // Rejected with AbortError: another tab stole the lock.
          releaseHeld = null;
          lostListeners.forEach((listener) => listener());
        });
      heldRequest = pending;
    });

  return {
    async acquireIfFree() {
      if (releaseHeld) return true;
      const granted = await request({ ifAvailable: true });
      if (granted) announce();
      return granted;
    },
    async steal() {
      if (releaseHeld) return;
      await request({ steal: true });
      announce();
    },
    release() {
      if (!releaseHeld) return;
      releaseHeld();
      releaseHeld = null;
      // Only once it is free may the other tabs ask again, or they would still find it held.
      void heldRequest.then(announce);
    },
    async heldElsewhere() {
      if (!locks || releaseHeld) return false;
      const state = await locks.query();
      return (state.held ?? []).some((lock) => lock.name === WORKOUT_LOCK_NAME);
    },
    held: () => releaseHeld !== null,
    coordinated: locks !== undefined,
    onLost(listener) {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
    onChangedElsewhere(listener) {
      changedListeners.add(listener);
      return () => changedListeners.delete(listener);
    },
  };
}
