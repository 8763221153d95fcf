import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../shared/paths';
import { useT } from '../../shared/i18n/use-translation';
import { StorageNoticeBanner } from '../../shared/ui/storage-notice-banner';
import { usePageTitle } from '../../shared/ui/use-page-title';
import './player.css';

interface PlayerShellProps {
  readonly title: string;
  /** Said once, quietly, when voice or sound does not work here. */
  readonly outputProblem?: string | null;
  readonly children: ReactNode;
}

/** The full-screen frame of the player (it sits outside the app layout, so it shows the storage banner itself). */
export function PlayerShell({ title, outputProblem = null, children }: PlayerShellProps) {
  const t = useT();
  usePageTitle(title);
  return (
    <main id="main" className="player-page" tabIndex={-1}>
      <StorageNoticeBanner />
      <header className="player-header">
        <Link to={paths.home()} className="player-exit">
          <span aria-hidden="true">←</span> {t('player.shell.workouts')}
        </Link>
        <h1 className="player-title">{title}</h1>
      </header>
      {children}
      <p className="output-problem" role="status">
        {outputProblem}
      </p>
    </main>
  );
}
