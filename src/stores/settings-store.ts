import { useMemo } from 'react';
import * as v from 'valibot';
import { create } from 'zustand';
import { COMPILE_OPTION_RANGES, DEFAULT_COMPILE_OPTIONS } from '../engine/compile-options';
import type { CompileOptions } from '../engine/types';
import { persistedValue } from './persistence/persisted-value';
import { defineFormat } from './persistence/versioned-format';
import { applyTheme, SETTINGS_STORAGE_KEY, type ThemeChoice } from './saved-theme';

/** Limits shared by the settings form and the stored-data check; the engine's ranges for its options. */
export const SETTING_LIMITS = {
  ...COMPILE_OPTION_RANGES,
  speechRate: { min: 0.5, max: 2 },
  /** Workouts a week History counts against. */
  weeklyGoal: { min: 1, max: 14 },
} as const;

/** The weekly goal until the user sets one (History says it is a default). */
export const DEFAULT_WEEKLY_GOAL = 3;

const bounded = (limits: { min: number; max: number }) => v.pipe(v.number(), v.finite(), v.minValue(limits.min), v.maxValue(limits.max));

const settingsSchema = v.object({
  getReadySeconds: bounded(SETTING_LIMITS.getReadySeconds),
  restSeconds: bounded(SETTING_LIMITS.restSeconds),
  /** Multiplies rep phase durations: 1.5 is slower. */
  paceFactor: bounded(SETTING_LIMITS.paceFactor),
  readSetupCues: v.boolean(),
  soundOn: v.boolean(),
  voiceOn: v.boolean(),
  /** The chosen voice's voiceURI; null lets the app pick an on-device voice. */
  voiceUri: v.nullable(v.pipe(v.string(), v.maxLength(500))),
  speechRate: bounded(SETTING_LIMITS.speechRate),
  vibrationOn: v.boolean(),
  theme: v.picklist(['system', 'light', 'dark']),
  // Added later at the same version: settings saved before read as the default goal.
  weeklyGoal: v.optional(v.pipe(bounded(SETTING_LIMITS.weeklyGoal), v.integer()), DEFAULT_WEEKLY_GOAL),
  /**
   * Headset and lock-screen buttons: the player plays silence while a workout runs, which is what
   * Chromium needs to route them to the page. Off by default: it takes the audio focus, which
   * stops the music app many people work out to. (Added later at the same version, as above.)
   */
  headsetButtonsOn: v.optional(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_COMPILE_OPTIONS,
  soundOn: true,
  voiceOn: true,
  voiceUri: null,
  speechRate: 1,
  vibrationOn: true,
  theme: 'system' satisfies ThemeChoice,
  weeklyGoal: DEFAULT_WEEKLY_GOAL,
  headsetButtonsOn: false,
};

/** Version 1 is the first: a change of shape adds a version and a migration from the one before. */
export const settingsFormat = defineFormat({ version: 1, schema: settingsSchema, migrations: [] });

const savedSettings = persistedValue({
  ...settingsFormat,
  key: SETTINGS_STORAGE_KEY,
  messages: {
    unreadable: 'notice.settings.unreadable',
    newer: 'notice.settings.newer',
  },
});

const useSettingsStore = create<Settings>()(() => ({ ...DEFAULT_SETTINGS, ...savedSettings.read() }));

// Settings are one small value that only this screen's user changes, so writing the whole value
// is right here (unlike the user's records, which go to IndexedDB as transactions).
useSettingsStore.subscribe((state) => savedSettings.write(state));
applyTheme(useSettingsStore.getState().theme);
useSettingsStore.subscribe((state, previous) => {
  if (state.theme !== previous.theme) applyTheme(state.theme);
});

/** Actions are events: the user changed some settings, or asked for the defaults back. */
export const settingsActions = {
  settingsChanged(changes: Partial<Settings>): void {
    useSettingsStore.setState(changes);
  },
  settingsResetToDefaults(): void {
    useSettingsStore.setState({ ...DEFAULT_SETTINGS });
  },
};

export const useSetting = <K extends keyof Settings>(key: K): Settings[K] => useSettingsStore((state) => state[key]);

/** For code outside React (the effect runner reads the switches at each effect). */
export const getSettings = (): Settings => useSettingsStore.getState();

/** What compile() needs from the settings; the same object until one of them changes. */
export function useCompileOptions(): CompileOptions {
  const getReadySeconds = useSetting('getReadySeconds');
  const restSeconds = useSetting('restSeconds');
  const paceFactor = useSetting('paceFactor');
  const readSetupCues = useSetting('readSetupCues');
  return useMemo(() => ({ getReadySeconds, restSeconds, paceFactor, readSetupCues }), [getReadySeconds, restSeconds, paceFactor, readSetupCues]);
}

export function compileOptionsFrom(settings: Settings): CompileOptions {
  return { getReadySeconds: settings.getReadySeconds, restSeconds: settings.restSeconds, paceFactor: settings.paceFactor, readSetupCues: settings.readSetupCues };
}

/** For tests: back to the defaults. */
export function resetSettingsStore(): void {
  useSettingsStore.setState({ ...DEFAULT_SETTINGS });
}
