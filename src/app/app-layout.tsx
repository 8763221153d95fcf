import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../shared/paths';
import { PageLoading } from '../shared/ui/page-loading';
import { StorageNoticeBanner } from '../shared/ui/storage-notice-banner';
import { InstallAppButton } from '../features/pwa/install-app-button';

const navItems = [
  { to: paths.home(), label: 'Workouts', end: true },
  { to: paths.exercises(), label: 'Exercises', end: false },
  { to: paths.sports(), label: 'Sports', end: false },
  { to: paths.myRoutines(), label: 'My routines', end: false },
  { to: paths.settings(), label: 'Settings', end: false },
] as const;

export function AppLayout() {
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to={paths.home()} className="brand" aria-label="Upright, home">
          <span aria-hidden="true" className="brand-mark">
            ↑
          </span>
          Upright
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="nav-link">
                  {item.label}
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
        <p>
          Exercises, sports and advice come from one source: the German health article “Strengthening the back muscles”,
          read in an English machine translation, with its mistranslations corrected. Upright is not medical advice: talk to
          your doctor before you start, especially with back pain.
        </p>
      </footer>
    </div>
  );
}
