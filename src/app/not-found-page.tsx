import { Link, useLocation } from 'react-router';
import { paths } from '../shared/paths';
import { usePageTitle } from '../shared/ui/use-page-title';
import { useT } from '../shared/i18n/use-translation';

export function NotFoundPage() {
  const location = useLocation();
  const t = useT();
  usePageTitle(t('app.notFound.title'));
  return (
    <section className="page narrow">
      <h1>{t('app.notFound.title')}</h1>
      <p>
        {t('app.notFound.before')} <code>{location.pathname}</code>
        {t('app.notFound.after')}
      </p>
      <p>
        <Link to={paths.home()}>{t('app.notFound.home')}</Link>
      </p>
    </section>
  );
}
