import { useT } from '../i18n/use-translation';

/**
 * Words quoted from the source article. The app's source text is the article's English
 * translation, and quotes stay as it has them, in every language: marked as English (`lang`), so
 * a screen reader reads them as English and a German page says where they come from.
 */
export function SourceQuote({ children }: { readonly children: string }) {
  return <q lang="en">{children}</q>;
}

/** "In the article: “Pool lift”", shown when the article's name for something differs from ours. */
export function ArticleName({ name, articleName, className }: { readonly name: string; readonly articleName: string; readonly className: string }) {
  const t = useT();
  if (articleName.toLocaleLowerCase() === name.toLocaleLowerCase()) return null;
  return (
    <p className={className}>
      {t('browse.article.nameLabel')} <SourceQuote>{articleName}</SourceQuote>
    </p>
  );
}
