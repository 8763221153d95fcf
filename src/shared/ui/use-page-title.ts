import { useEffect } from 'react';
import { useT } from '../i18n/use-translation';

/** Sets the document title for a screen, so history, tabs and screen readers name it. */
export function usePageTitle(title: string): void {
  const t = useT();
  useEffect(() => {
    document.title = title ? t('shell.title.page', { title }) : t('shell.title.home');
  }, [title, t]);
}
