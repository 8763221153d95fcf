import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../shared/paths';
import { PageLoading } from '../shared/ui/page-loading';
import { StorageNoticeBanner } from '../shared/ui/storage-notice-banner';
import { InstallAppButton } from '../features/pwa/install-app-button';
import { type MessageKey } from '../shared/i18n/i18n';
import { useFullTexts, useT } from '../shared/i18n/use-translation';

const navItems = [
  { to: paths.home(), label: 'shell.nav.workouts', end: true },
  { to: paths.exercises(), label: 'shell.nav.exercises', end: false },
  { to: paths.sports(), label: 'shell.nav.sports', end: false },
  { to: paths.myRoutines(), label: 'shell.nav.myRoutines', end: false },
  { to: paths.history(), label: 'shell.nav.history', end: false },
  { to: paths.settings(), label: 'shell.nav.settings', end: false },
] as const satisfies readonly { to: string; label: MessageKey; end: boolean }[];

// The footer is below the fold on every screen: its language switch loads after the first paint.
const FooterLanguageChoice = lazy(() => import('../shared/i18n/language-choice').then((module) => ({ default: () => <module.LanguageChoice compact /> })));

export function AppLayout() {
  const t = useT();
  const fullTexts = useFullTexts();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to={paths.home()} className="brand" aria-label={t('shell.brand.label')}>
          <span aria-hidden="true" className="brand-mark">
            ↑
          </span>
          {t('shell.brand.name')}
        </NavLink>
        <nav aria-label={t('shell.nav.label')}>
          <ul className="nav-list">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="nav-link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <InstallAppButton />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <StorageNoticeBanner />
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        {/* Its long text comes with the full texts, not in the first load. */}
        <p>{fullTexts ? t('app.footer.source') : null}</p>
        <Suspense fallback={null}>
          <FooterLanguageChoice />
        </Suspense>
      </footer>
    </div>
  );
}
