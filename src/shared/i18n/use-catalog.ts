import { catalog as englishCatalog } from '../../catalog/catalog';
import type { Catalog } from '../../catalog/catalog-types';
import { loadLocalizedCatalog } from '../../catalog/localized-catalog';
import { currentLanguage, onLanguageLoad } from './i18n';
import type { Language } from './languages';
import { useLanguage } from './use-translation';

/**
 * The catalog (exercises, routines, sports) in the active language. Only lazy screens import
 * this module (the catalog is too big for the first load); importing it registers the catalog's
 * texts with the language loading, so a screen renders only once its language's catalog is here.
 */
const loaded = new Map<Language, Catalog>([['en', englishCatalog]]);

onLanguageLoad(async (language) => {
  if (!loaded.has(language)) loaded.set(language, await loadLocalizedCatalog(language));
});

/** For code outside React (the player's routine lookup); English until another language loaded. */
export const getCatalog = (): Catalog => loaded.get(currentLanguage()) ?? englishCatalog;

export function useCatalog(): Catalog {
  const language = useLanguage();
  return loaded.get(language) ?? englishCatalog;
}
