import type { I18n, Messages } from '@lingui/core';
import englishShell from '../../locales/en/shell.json';
import { LANGUAGE_TAGS, initialLanguage, saveLanguage, type Language } from './languages';
import { formatSimpleMessage } from './simple-message';

/**
 * Every word the user sees or hears goes through here. The texts are data in
 * src/locales/<language>/*.json (ICU messages: plurals, selects), checked and compiled at build
 * time by scripts/messages-plugin.ts; Lingui's core (2.6 kB gzipped) formats them.
 *
 * Why two steps: the first screen (shell.json: navigation, footer, the home page's first paint)
 * uses only plain `{placeholder}` texts, which formatSimpleMessage fills without any library, so
 * the first load carries no i18n runtime. Lingui and the rest of the texts load right after, as
 * one lazy chunk per language, and every lazy screen waits for them (app-routes: languageReady).
 * A key missing in a language shows the English text (the build check makes that rare), never the key.
 */
type ShellKey = keyof typeof import('../../locales/en/shell.json');
type AppKey = keyof (typeof import('../../locales/en/app'))['default'];
export type MessageKey = ShellKey | AppKey;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Each language's first-screen texts (a small chunk loaded before the first paint) and the rest. */
const languageLoaders: Record<Exclude<Language, 'en'>, { shell: () => Promise<{ default: unknown }>; all: () => Promise<{ default: unknown }> }> = {
  de: { shell: () => import('../../locales/de/shell.json'), all: () => import('../../locales/de/index') },
};

/** Work another module needs done before a language is shown (its catalog texts, say). */
type LanguageStep = (language: Language) => Promise<void>;
const languageSteps = new Set<LanguageStep>();
export function onLanguageLoad(step: LanguageStep): void {
  languageSteps.add(step);
}

const listeners = new Set<() => void>();
let lingui: I18n | null = null;
let shown: Language = 'en';
let shellMessages: Messages = englishShell as Messages;
let loading: Promise<void> | null = null;

async function loadLingui(): Promise<I18n> {
  if (lingui) return lingui;
  const { setupI18n } = await import('@lingui/core');
  lingui ??= setupI18n();
  return lingui;
}

async function messagesFor(language: Language): Promise<Messages> {
  const english = { ...(englishShell as Messages), ...((await import('../../locales/en/app')).default as Messages) };
  return language === 'en' ? english : { ...english, ...((await languageLoaders[language].all()).default as Messages) };
}

let version = 0;
/** Changes whenever the texts shown change (a language, or the rest of its texts, arrived). */
export const textsVersion = (): number => version;

/** True while only a language's first-screen texts are shown (switching to it): its full texts must re-render. */
let shellOnly = false;

/**
 * Shows `messages`. Components re-render (the version changes) only when what they show may
 * change: another language, or the full texts after a switch showed only the first screen's.
 * At start in English they do not: the first screen uses only texts it already had, and lazy
 * screens wait for the full texts anyway, so a re-render of the whole page would be wasted work.
 */
function show(language: Language, messages: Messages, { firstScreenOnly = false } = {}): void {
  const changes = language !== shown || shellOnly;
  shellMessages = messages;
  shown = language;
  shellOnly = firstScreenOnly;
  if (typeof document !== 'undefined') document.documentElement.lang = LANGUAGE_TAGS[language];
  if (!changes) return;
  version += 1;
  listeners.forEach((listener) => listener());
}

/** The first screen's texts of `language`: enough to paint the shell and the home page. */
async function showShell(language: Language): Promise<void> {
  if (language === shown) return;
  const shell = language === 'en' ? englishShell : (await languageLoaders[language].shell()).default;
  if (!lingui || lingui.locale !== language) show(language, { ...(englishShell as Messages), ...(shell as Messages) }, { firstScreenOnly: true });
}

let shellShown: Promise<void> = Promise.resolve();

/** Resolves once the first screen can be drawn in the language being loaded. */
export const firstScreenReady = (): Promise<void> => shellShown;

/** Loads and shows `language`: its texts, then whatever registered with onLanguageLoad. */
export function activateLanguage(language: Language): Promise<void> {
  shellShown = showShell(language);
  loading = (async () => {
    const [i18n, messages] = await Promise.all([loadLingui(), messagesFor(language), shellShown]);
    await Promise.all([...languageSteps].map((step) => step(language)));
    i18n.load(language, messages);
    i18n.activate(language);
    show(language, messages);
    fullTextsListeners.forEach((listener) => listener());
  })();
  return loading;
}

/** The user chose a language (Settings, footer): shown everywhere, and saved. */
export async function languageChosen(language: Language): Promise<void> {
  saveLanguage(language);
  await activateLanguage(language);
}

/** Resolves when the current language, and every step registered so far, is loaded. */
export async function languageReady(): Promise<void> {
  if (loading) await loading;
  // A module that registered a step after the language was loaded (a lazy route) needs it run.
  await Promise.all([...languageSteps].map((step) => step(shown)));
}

export const currentLanguage = (): Language => shown;

const fullTextsListeners = new Set<() => void>();
/** Whether all texts of the language shown are loaded, not only the first screen's. */
export const fullTextsShown = (): boolean => lingui !== null && lingui.locale === shown;
export function subscribeToFullTexts(listener: () => void): () => void {
  fullTextsListeners.add(listener);
  return () => fullTextsListeners.delete(listener);
}

let warned = false;
export const translate: Translate = (key, values) => {
  if (lingui && lingui.locale === shown) return lingui._(key, values);
  const message = shellMessages[key];
  if (message !== undefined) return formatSimpleMessage(message, values);
  if (import.meta.env.DEV && !warned) {
    warned = true;
    console.warn(`[i18n] "${key}" was asked for before its texts loaded: a screen rendered before languageReady()`);
  }
  return '';
};

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * At start: English shows at once from the first load; another language's first-screen texts
 * come in a small chunk that main.tsx waits for. Lingui and the rest of the texts load in the
 * background, and the lazy screens wait for them (languageReady).
 */
export function startI18n(): Promise<void> {
  return activateLanguage(initialLanguage());
}
