import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../engine/types';
import { createWakeLock } from '../../platform/wake-lock';

/** Keeps the screen on while the workout runs; lets it sleep on pause, at the end and on leaving. */
export function useWorkoutWakeLock(status: SessionStatus | null): void {
  const [wakeLock] = useState(() => createWakeLock());
  useEffect(() => () => wakeLock.dispose(), [wakeLock]);
  useEffect(() => {
    if (status === 'running') wakeLock.hold();
    else wakeLock.release();
  }, [status, wakeLock]);
}
