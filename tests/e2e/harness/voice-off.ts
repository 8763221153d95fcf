import type { BrowserContext } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../../src/stores/settings-store';
import { SETTINGS_STORAGE_KEY } from '../../../src/stores/saved-theme';

/**
 * Starts the context's pages with the voice off (unless a test saved other settings), so a
 * get-ready lasts the 10 s set: with a voice, it is lengthened to fit its words, which differ by
 * language. For tests about layout and controls, not speech (those are in player.e2e.ts).
 */
export async function startWithVoiceOff(context: BrowserContext): Promise<void> {
  const saved = JSON.stringify({ version: 1, state: { ...DEFAULT_SETTINGS, voiceOn: false } });
  await context.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [SETTINGS_STORAGE_KEY, saved] as const,
  );
}
