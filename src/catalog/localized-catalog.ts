/**
 * The catalog in any supported language: English at once, another language after its texts'
 * chunk has loaded. Each language is built once and kept.
 */
import { catalog, catalogStructure } from './catalog';
import { loadCatalogTexts, type CatalogLanguage } from './catalog-languages';
import type { Catalog } from './catalog-types';
import { localizeCatalog } from './localize-catalog';

const built = new Map<CatalogLanguage, Promise<Catalog>>([['en', Promise.resolve(catalog)]]);

export function loadLocalizedCatalog(language: CatalogLanguage): Promise<Catalog> {
  const known = built.get(language);
  if (known !== undefined) return known;
  const loading = loadCatalogTexts[language as Exclude<CatalogLanguage, 'en'>]().then((texts) => localizeCatalog(catalogStructure, texts));
  // A failed download (offline before the chunk was cached) may be retried later.
  loading.catch(() => built.delete(language));
  built.set(language, loading);
  return loading;
}
