import { setupI18n, type Messages } from '@lingui/core';
import englishShell from '../../locales/en/shell.json';
import { LANGUAGE_TAGS, initialLanguage, saveLanguage, type Language } from './languages';

/**
 * Every word the user sees or hears goes through here (Lingui's core: ICU plurals and selects,
 * messages compiled at build time by scripts/messages-plugin.ts, 2.6 kB gzipped). The texts are
 * data in src/locales/<language>/: `shell.json` is what the first screen needs (English ships in
 * the first load), the other files the rest (locales/en/app.ts, one lazy chunk); every other
 * language is one lazy chunk too (locales/<language>/index.ts). A key missing in
 * a language shows the English text (the build check makes that rare), never the key.
 */
type ShellKey = keyof typeof import('../../locales/en/shell.json');
type AppKey = keyof (typeof import('../../locales/en/app'))['default'];
export type MessageKey = ShellKey | AppKey;
export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const i18n = setupI18n();

let englishApp: Messages | null = null;
const loadEnglishApp = async (): Promise<Messages> => (englishApp ??= (await import('../../locales/en/app')).default as Messages);

const loaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  de: async () => (await import('../../locales/de/index')).default as Messages,
};

/** Work another module needs done before a language is shown (its catalog texts, say). */
type LanguageStep = (language: Language) => Promise<void>;
const languageSteps = new Set<LanguageStep>();
export function onLanguageLoad(step: LanguageStep): void {
  languageSteps.add(step);
}

async function messagesFor(language: Language): Promise<Messages> {
  const english = { ...(englishShell as Messages), ...(await loadEnglishApp()) };
  return language === 'en' ? english : { ...english, ...(await loaders[language]()) };
}

let readyLanguage: Language | null = null;
let loading: Promise<void> | null = null;

/** Loads and shows `language`: its texts, then whatever registered with onLanguageLoad. */
export function activateLanguage(language: Language): Promise<void> {
  loading = (async () => {
    const messages = await messagesFor(language);
    await Promise.all([...languageSteps].map((step) => step(language)));
    i18n.load(language, messages);
    i18n.activate(language);
    readyLanguage = language;
    if (typeof document !== 'undefined') document.documentElement.lang = LANGUAGE_TAGS[language];
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
  const language = currentLanguage();
  // A module that registered a step after the language was loaded (a lazy route) needs it run.
  await Promise.all([...languageSteps].map((step) => step(language)));
}

export const currentLanguage = (): Language => (readyLanguage ?? 'en') as Language;

export const translate: Translate = (key, values) => i18n._(key, values);

export function subscribeToLanguage(listener: () => void): () => void {
  return i18n.on('change', listener);
}

/**
 * At start: English shows at once from the first load; any other language (or the rest of
 * English) loads before the screens that need it render (app-routes awaits languageReady).
 */
export function startI18n(): Promise<void> {
  i18n.load('en', englishShell as Messages);
  i18n.activate('en');
  readyLanguage = 'en';
  return activateLanguage(initialLanguage());
}
