import * as v from 'valibot';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noticeText } from '../../src/shared/storage/notice-text';

const noticeTextOf = (notice: { message: Parameters<typeof noticeText>[0] } | undefined) => (notice ? noticeText(notice.message) : undefined);

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
    const { storageNotices } = await import('../../src/shared/storage/storage-notices');
    expect(getSettings()).toEqual(DEFAULT_SETTINGS);
    const notice = storageNotices.list()[0];
    expect((notice && noticeText(notice.message))).toBe('Your settings could not be read and were reset to the defaults. The old data can be downloaded.');
    expect(notice?.rawValue).toContain('lots');
  });

  it('reads the settings as version 1 saved them', async () => {
    const version1 = { getReadySeconds: 15, restSeconds: 30, paceFactor: 1.5, readSetupCues: false, soundOn: true, voiceOn: false, voiceUri: null, speechRate: 1.2, vibrationOn: false, theme: 'dark' };
    localStorage.setItem('upright:settings', JSON.stringify({ state: version1, version: 1 }));
    const { getSettings } = await freshStore();
    // The weekly goal and the headset buttons came later at the same version: settings saved
    // before have the default goal and the buttons off.
    expect(getSettings()).toEqual({ ...version1, weeklyGoal: 3, headsetButtonsOn: false });
  });

  it('keeps the weekly goal the user set, and refuses an impossible one', async () => {
    const { getSettings, settingsActions, settingsFormat } = await freshStore();
    expect(getSettings().weeklyGoal).toBe(3);
    settingsActions.settingsChanged({ weeklyGoal: 5 });
    expect(JSON.parse(localStorage.getItem('upright:settings')!).state.weeklyGoal).toBe(5);
    expect(v.safeParse(settingsFormat.schema, { ...getSettings(), weeklyGoal: 0 }).success).toBe(false);
    expect(v.safeParse(settingsFormat.schema, { ...getSettings(), weeklyGoal: 2.5 }).success).toBe(false);
  });

  it('leaves settings saved by a newer version untouched, says so, and does not write over them', async () => {
    const newer = JSON.stringify({ state: { restSeconds: 30, somethingNew: true }, version: 2 });
    localStorage.setItem('upright:settings', newer);
    const { getSettings, settingsActions, DEFAULT_SETTINGS } = await freshStore();
    const { storageNotices } = await import('../../src/shared/storage/storage-notices');
    expect(getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(noticeTextOf(storageNotices.list()[0])).toMatch(/^Your settings were saved by a newer version of Upright/);
    settingsActions.settingsChanged({ restSeconds: 45 });
    expect(getSettings().restSeconds).toBe(45);
    expect(localStorage.getItem('upright:settings')).toBe(newer);
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
