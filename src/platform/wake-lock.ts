/**
 * Keeps the screen on during a workout. The browser drops the lock whenever the page is hidden,
 * so it is taken again when the page becomes visible, as long as it is still wanted.
 */
export interface WakeLock {
  /** Wants the screen on from now (a running workout). */
  hold(): void;
  /** No longer wants it (pause, end, leaving the player). */
  release(): void;
  /** Stops listening to the page's visibility. */
  dispose(): void;
  isHeld(): boolean;
}

interface WakeLockEnvironment {
  readonly wakeLock: { request(type: 'screen'): Promise<WakeLockSentinel> } | undefined;
  readonly document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

function defaultEnvironment(): WakeLockEnvironment {
  return { wakeLock: typeof navigator === 'undefined' ? undefined : navigator.wakeLock, document };
}

export function createWakeLock(environment: WakeLockEnvironment = defaultEnvironment()): WakeLock {
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;
  let requesting = false;

  const acquire = async () => {
    if (!environment.wakeLock || sentinel || requesting || environment.document.visibilityState !== 'visible') return;
    requesting = true;
    try {
      const acquired = await environment.wakeLock.request('screen');
      if (wanted) {
        sentinel = acquired;
        acquired.addEventListener('release', () => {
          if (sentinel === acquired) sentinel = null;
        });
      } else {
        void acquired.release();
      }
    } catch {
      // Refused (battery saver, no permission): the workout goes on, the screen may dim.
    } finally {
      requesting = false;
    }
  };

  const onVisibilityChange = () => {
    if (wanted && environment.document.visibilityState === 'visible') void acquire();
  };
  environment.document.addEventListener('visibilitychange', onVisibilityChange);

  return {
    hold() {
      wanted = true;
      void acquire();
    },
    release() {
      wanted = false;
      const held = sentinel;
      sentinel = null;
      void held?.release().catch(() => undefined);
    },
    dispose() {
      this.release();
      environment.document.removeEventListener('visibilitychange', onVisibilityChange);
    },
    isHeld: () => sentinel !== null,
  };
}
