import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.resetModules();
  delete document.documentElement.dataset.theme;
});

/** The store reads storage when its module loads, as at app start. */
async function freshStore() {
  return import('../../src/stores/settings-store');
}

describe('the settings store', () => {
  it('starts with the defaults when nothing is saved', async () => {
    const { getSettings, DEFAULT_SETTINGS } = await freshStore();
    expect(getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change so the next visit has it', async () => {
    const first = await freshStore();
    first.settingsActions.settingsChanged({ restSeconds: 45, voiceOn: false });
    vi.resetModules();
    const second = await freshStore();
    expect(second.getSettings()).toMatchObject({ restSeconds: 45, voiceOn: false });
  });

  it('resets a corrupt blob to the defaults and tells the user, keeping the old data', async () => {
    localStorage.setItem('upright:settings', JSON.stringify({ state: { restSeconds: 'lots' }, version: 1 }));
    const { getSettings, DEFAULT_SETTINGS } = await freshStore();
    // The same module instance the fresh store reported to.
    const { storageNotices } = await import('../../src/stores/persistence/storage-notices');
    expect(getSettings()).toEqual(DEFAULT_SETTINGS);
    const notice = storageNotices.list()[0];
    expect(notice?.message).toMatch(/Your settings could not be read .* reset to the defaults/);
    expect(notice?.rawValue).toContain('lots');
  });

  it('gives the compile options the same object until one of them changes', async () => {
    const { useCompileOptions, settingsActions } = await freshStore();
    const { result, rerender } = renderHook(() => useCompileOptions());
    const first = result.current;
    act(() => settingsActions.settingsChanged({ soundOn: false }));
    rerender();
    expect(result.current).toBe(first);
    act(() => settingsActions.settingsChanged({ getReadySeconds: 5, paceFactor: 1.5 }));
    expect(result.current).toEqual({ getReadySeconds: 5, restSeconds: 20, paceFactor: 1.5, readSetupCues: true });
  });

  it('applies the chosen theme to the page and follows the system again on request', async () => {
    const { settingsActions } = await freshStore();
    settingsActions.settingsChanged({ theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    settingsActions.settingsChanged({ theme: 'system' });
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
