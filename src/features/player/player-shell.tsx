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
  /**
   * The pre-start screen: shown over the page, whose own parts (the workout screen drawn ahead of
   * Start among them) stay laid out but hidden, and out of reach of focus and screen readers.
   */
  readonly preStart?: ReactNode;
  readonly children?: ReactNode;
}

interface PagePartsProps {
  readonly title: string;
  readonly outputProblem: string | null;
  /** Under the pre-start layer: laid out and drawn as after Start, but covered, out of the Tab order and aria-hidden (see player.css). */
  readonly covered?: boolean;
  readonly children?: ReactNode;
}

/**
 * The header, the content and the output line. The same elements covered and uncovered, so that
 * Start keeps what was drawn under the pre-start layer (only their attributes change).
 */
function PageParts({ title, outputProblem, covered = false, children }: PagePartsProps) {
  const t = useT();
  const hidden = covered ? ({ 'aria-hidden': true } as const) : {};
  return (
    <>
      {!covered && <StorageNoticeBanner />}
      <header className="player-header" {...hidden}>
        <Link to={paths.home()} className="player-exit" tabIndex={covered ? -1 : undefined}>
          <span aria-hidden="true">←</span> {t('player.shell.workouts')}
        </Link>
        <h1 className="player-title">{title}</h1>
      </header>
      {children}
      <p className="output-problem" role={covered ? undefined : 'status'} {...hidden}>
        {covered ? null : outputProblem}
      </p>
    </>
  );
}

/**
 * The full-screen frame of the player (it sits outside the app layout, so it shows the storage
 * banner itself). Before Start, the pre-start screen is a layer over it, so that the workout
 * screen can be drawn underneath ahead of time: Start then only uncovers it (see player-page.tsx).
 */
export function PlayerShell({ title, outputProblem = null, preStart, children }: PlayerShellProps) {
  usePageTitle(title);
  const covered = preStart !== undefined;
  return (
    <main id="main" className="player-page" tabIndex={-1}>
      <PageParts title={title} outputProblem={outputProblem} covered={covered}>
        {children}
      </PageParts>
      {covered && (
        <div className="pre-start-layer">
          <div className="player-page">
            <PageParts title={title} outputProblem={outputProblem}>
              {preStart}
            </PageParts>
          </div>
        </div>
      )}
    </main>
  );
}
