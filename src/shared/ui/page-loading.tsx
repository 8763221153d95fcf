import { useT } from '../i18n/use-translation';
/** Shown while a lazily loaded screen arrives; announced politely, never a blank page. */
export function PageLoading() {
  const t = useT();
  return (
    <p className="page-loading" role="status">
      {t('shell.loading')}
    </p>
  );
}
