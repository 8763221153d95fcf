/**
 * The languages the catalog has words for. English is the reference: its texts are loaded with
 * the catalog and every other language must have exactly its keys. Every other language is a
 * dynamic import, so its words are a chunk of their own that only its readers download.
 */
import type { CatalogTexts } from './locale-schema';

export const catalogLanguages = ['en', 'de'] as const;
export type CatalogLanguage = (typeof catalogLanguages)[number];

/** The language the texts are checked against (and the language of the source text's quotes). */
export const referenceLanguage: CatalogLanguage = 'en';

/** The language's name in validation messages: `missing German text`. */
export const languageNames: Readonly<Record<CatalogLanguage, string>> = { en: 'English', de: 'German' };

/** Loads the texts of a language other than English (its own chunk). */
export const loadCatalogTexts: Readonly<Record<Exclude<CatalogLanguage, 'en'>, () => Promise<CatalogTexts>>> = {
  de: () => import('./german-catalog-texts').then((module) => module.germanCatalogTexts),
};
