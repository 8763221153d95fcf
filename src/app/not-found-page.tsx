import { Link, useLocation } from 'react-router';
import { paths } from '../shared/paths';
import { usePageTitle } from '../shared/ui/use-page-title';
import { useT } from '../shared/i18n/use-translation';

export function NotFoundPage() {
  const location = useLocation();
  const t = useT();
  usePageTitle(t('shell.notFound.title'));
  return (
    <section className="page narrow">
      <h1>{t('shell.notFound.title')}</h1>
      <p>
        {t('shell.notFound.before')} <code>{location.pathname}</code>
        {t('shell.notFound.after')}
      </p>
      <p>
        <Link to={paths.home()}>{t('shell.notFound.home')}</Link>
      </p>
    </section>
  );
}
