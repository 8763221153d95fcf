import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLanguage, languageFromBrowser, LANGUAGE_STORAGE_KEY } from '../../../src/shared/i18n/languages';

afterEach(() => vi.unstubAllGlobals());

describe('the language a user gets', () => {
  it('is German for every German browser language, English otherwise', () => {
    expect(['de', 'de-DE', 'de-AT', 'de-CH'].map((tag) => languageFromBrowser([tag]))).toEqual(['de', 'de', 'de', 'de']);
    expect(languageFromBrowser(['fr-FR', 'de-CH'])).toBe('de');
    expect(languageFromBrowser(['fr-FR', 'it'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });

  it('is the saved choice when there is one, and the browser’s when the saved one no longer exists', () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['de-AT'] });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, JSON.stringify('en'));
    expect(initialLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, JSON.stringify('tlh'));
    expect(initialLanguage()).toBe('de');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, '{broken');
    expect(initialLanguage()).toBe('de');
  });
});
