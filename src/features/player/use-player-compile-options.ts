import { useMemo } from 'react';
import type { Routine } from '../../catalog/schema';
import type { CompileOptions } from '../../engine/types';
import { getPersonalBest, useHistoryReady } from '../../stores/history-store';
import { usePlannedCompileOptions } from '../../stores/planned-compile-options';

/**
 * The player's compile options: the planned ones (the settings, and the time its words take to
 * say: the same as every screen that shows the routine's time), plus what only the player needs:
 * the user's best hold of each exercise, for "New best".
 */
export function usePlayerCompileOptions(routine: Routine | null): CompileOptions {
  const { options } = usePlannedCompileOptions('player');
  // The bests arrive from IndexedDB after the first render: read them again once they are there.
  const historyReady = useHistoryReady();
  return useMemo(() => {
    const bestHoldMs: Record<string, number> = {};
    for (const item of routine?.items ?? []) {
      const best = getPersonalBest(item.exerciseId);
      if (best) bestHoldMs[item.exerciseId] = best.heldMs;
    }
    return { ...options, bestHoldMs };
    // historyReady is a dependency on purpose: getPersonalBest reads the store as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, routine, historyReady]);
}
