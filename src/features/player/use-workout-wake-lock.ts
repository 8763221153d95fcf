import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../engine/types';
import { createWakeLock } from '../../platform/wake-lock';
import { afterPaintIfVisible } from '../../shared/ui/after-paint-if-visible';

/** Keeps the screen on while the workout runs; lets it sleep on pause, at the end and on leaving. */
export function useWorkoutWakeLock(status: SessionStatus | null): void {
  const [wakeLock] = useState(() => createWakeLock());
  useEffect(() => () => wakeLock.dispose(), [wakeLock]);
  useEffect(() => {
    // Asked for after Start's paint: the request alone took 4 ms of the tap's task at a 4× CPU slowdown.
    if (status === 'running') return afterPaintIfVisible(() => wakeLock.hold());
    wakeLock.release();
  }, [status, wakeLock]);
}
