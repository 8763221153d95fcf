import { useMemo } from 'react';
import type { Routine } from '../../catalog/schema';
import type { CompileOptions } from '../../engine/types';
import { speechDurationEstimator } from '../../shared/i18n/speech-duration';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { speechAvailable } from '../../platform/speaker';
import { getPersonalBest, useHistoryReady } from '../../stores/history-store';
import { useCompileOptions, useSetting } from '../../stores/settings-store';

/**
 * The player's compile options: the settings, plus what only the player knows: how long its words
 * take to say (in the language and at the voice rate chosen; none with the voice off or where the
 * browser cannot speak, so nothing is lengthened for nobody) and the user's best hold of each exercise, for "New best".
 */
export function usePlayerCompileOptions(routine: Routine | null): CompileOptions {
  const options = useCompileOptions();
  const t = useT();
  const catalog = useCatalog();
  const language = useLanguage();
  const rate = useSetting('speechRate');
  const voiceOn = useSetting('voiceOn');
  // The bests arrive from IndexedDB after the first render: read them again once they are there.
  const historyReady = useHistoryReady();
  return useMemo(() => {
    const bestHoldMs: Record<string, number> = {};
    for (const item of routine?.items ?? []) {
      const best = getPersonalBest(item.exerciseId);
      if (best) bestHoldMs[item.exerciseId] = best.heldMs;
    }
    // Lengthened only where the words will be said: a browser without speech keeps the settings' times.
    const speechDurationMs = voiceOn && speechAvailable() ? speechDurationEstimator({ t, catalog, language, rate }) : undefined;
    return { ...options, bestHoldMs, ...(speechDurationMs ? { speechDurationMs } : {}) };
    // historyReady is a dependency on purpose: getPersonalBest reads the store as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, routine, t, catalog, language, rate, voiceOn, historyReady]);
}
