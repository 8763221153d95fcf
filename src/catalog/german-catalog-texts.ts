/** The catalog's German words: imported only through `loadCatalogTexts.de`, so German is a lazy chunk. */
import exercises from '../../data/locales/de/exercises.json';
import routines from '../../data/locales/de/routines.json';
import sports from '../../data/locales/de/sports.json';
import type { CatalogTexts } from './locale-schema';

/** Checked at build time (scripts/catalog-validation-plugin.ts), so trusted here. */
export const germanCatalogTexts = { exercises, routines, sports } as unknown as CatalogTexts;
