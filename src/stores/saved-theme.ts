/**
 * Applies the theme setting to <html data-theme>. Kept apart from the settings store (and free of
 * valibot) so the app shell can apply the saved theme before the first paint without loading the
 * store: the first page load has a tight size budget.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Where the settings store persists (zustand's `{ state, version }` blob). */
export const SETTINGS_STORAGE_KEY = 'upright:settings';

export function applyTheme(theme: ThemeChoice): void {
  if (typeof document === 'undefined') return;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Reads only the theme from the saved settings; anything unreadable means "follow the system". */
export function readSavedTheme(): ThemeChoice {
  try {
    const raw = localStorage.getItem(SETTINGS_STORAGE_KEY);
    const theme: unknown = raw ? (JSON.parse(raw) as { state?: { theme?: unknown } }).state?.theme : undefined;
    return theme === 'light' || theme === 'dark' ? theme : 'system';
  } catch {
    return 'system';
  }
}
