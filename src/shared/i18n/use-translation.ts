import { useMemo, useSyncExternalStore } from 'react';
import { currentLanguage, subscribeToLanguage, translate, type Translate } from './i18n';
import type { Language } from './languages';

/** The active language; components re-render when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribeToLanguage, currentLanguage, currentLanguage);
}

/** `t(key, values)` for the active language; a new function when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the language is why t changes
  return useMemo<Translate>(() => (key, values) => translate(key, values), [language]);
}
