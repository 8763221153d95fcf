import { lazy, type ComponentType } from 'react';
import { languageReady } from './i18n';

/**
 * React's `lazy`, rendering only once the component's texts are loaded: the rest of the language
 * (Lingui and the texts past the first screen), and the catalog's texts if the component shows
 * the catalog (importing use-catalog registers them with the language loading).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy's own signature: any props
export function lazyWithTexts<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(async () => {
    const component = await load();
    await languageReady();
    return component;
  });
}
