/**
 * The languages Upright speaks, and which one a user gets: the saved choice if it still exists,
 * else the browser's first language that we have (German for de, de-AT, de-CH…), else English.
 * Kept free of the i18n library: the shell reads it before anything else loads.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch' };

/** BCP 47 tags for `<html lang>`, Intl and speech (a voice of this language is preferred). */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en-GB', de: 'de-DE' };

/** Where the choice is kept: one small value, read synchronously at start (no valibot). */
export const LANGUAGE_STORAGE_KEY = 'upright:language';

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The language for these browser preferences (navigator.languages), English when none matches. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function readSaved(): unknown {
  try {
    return JSON.parse(localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** The saved choice (if it is a language we still have), else the browser's. */
export function initialLanguage(): Language {
  const saved = readSaved();
  if (isLanguage(saved)) return saved;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return languageFromBrowser(preferred.filter(Boolean));
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, JSON.stringify(language));
  } catch {
    // Storage blocked: the choice lasts for this visit; the storage notice says why elsewhere.
  }
}
