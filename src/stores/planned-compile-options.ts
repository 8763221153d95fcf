import type { Catalog } from '../catalog/catalog-types';
import type { CompileOptions } from '../engine/types';
import { speechAvailable } from '../platform/speaker';
import { textsVersion, translate } from '../shared/i18n/i18n';
import { speechDurationEstimator } from '../shared/i18n/speech-duration';
import { useCatalog } from '../shared/i18n/use-catalog';
import { useLanguage, useT } from '../shared/i18n/use-translation';
import { useCompileOptions, useSetting } from './settings-store';

/** Compile options, and a string that names them (for caches of compiled times). */
export interface PlannedCompileOptions {
  readonly options: CompileOptions;
  readonly key: string;
}

/** One options object per catalog and key: its estimator's memo and the screens' caches outlive a visit. */
const plannedByCatalog = new WeakMap<Catalog, Map<string, PlannedCompileOptions>>();

/**
 * The options a routine's time is planned with, as the player will run it: the settings, and how
 * long its words take to say in this language at this voice rate (the player lengthens a get-ready
 * to its words; nothing is lengthened with the voice off, or where the browser cannot speak). The
 * card on Home, the routine's page, the outline before Start and the player's time left all use
 * these, so they give the same minutes. `use`: 'times' for a screen that shows times only (a
 * rep phase's words are then not fitted to it: far less work, the same times), 'player' for the words too.
 */
export function usePlannedCompileOptions(use: 'times' | 'player' = 'times'): PlannedCompileOptions {
  const settingsOptions = useCompileOptions();
  const catalog = useCatalog();
  const language = useLanguage();
  useT(); // re-renders when the texts change: textsVersion() below is then new
  const rate = useSetting('speechRate');
  const spoken = useSetting('voiceOn') && speechAvailable();
  const key = `${JSON.stringify(settingsOptions)}|${language}|${textsVersion()}|${spoken ? `voice at ${rate}` : 'silent'}|${use}`;
  let planned = plannedByCatalog.get(catalog);
  if (!planned) plannedByCatalog.set(catalog, (planned = new Map()));
  let found = planned.get(key);
  if (!found) {
    const timesOnly = use === 'times' ? { timesOnly: true } : {};
    const options = spoken ? { ...settingsOptions, ...timesOnly, speechDurationMs: speechDurationEstimator({ t: translate, catalog, language, rate }) } : settingsOptions;
    planned.set(key, (found = { options, key }));
  }
  return found;
}
