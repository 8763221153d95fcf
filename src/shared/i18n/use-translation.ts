import { useMemo, useSyncExternalStore } from 'react';
import { currentLanguage, fullTextsShown, subscribeToFullTexts, subscribeToLanguage, textsVersion, translate, type Translate } from './i18n';
import type { Language } from './languages';

/** The active language; components re-render when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribeToLanguage, currentLanguage, currentLanguage);
}

/**
 * `t(key, values)` for the active language; a new function whenever the texts change (a new
 * language, or the rest of its texts arriving after the first screen's), so memoized words update.
 */
export function useT(): Translate {
  const version = useSyncExternalStore(subscribeToLanguage, textsVersion, textsVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the texts' version is why t changes
  return useMemo<Translate>(() => (key, values) => translate(key, values), [version]);
}

/**
 * Whether the language's full texts are loaded. For the few texts of the always-shown shell that
 * are left out of the first load (the footer's source note): they appear once this turns true.
 */
export function useFullTexts(): boolean {
  return useSyncExternalStore(subscribeToFullTexts, fullTextsShown, fullTextsShown);
}
