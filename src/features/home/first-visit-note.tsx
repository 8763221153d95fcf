import { paths } from '../../shared/paths';
import { Link } from 'react-router';
import { firstVisitActions, useFirstVisitNoteDismissed } from '../../stores/first-visit-store';
import { useT } from '../../shared/i18n/use-translation';

interface FirstVisitNoteProps {
  /** Called after the note is gone, so the page can put the focus somewhere sensible. */
  readonly onDismissed: () => void;
}

/** Greets a new user once: what Upright is, and that it does not replace a doctor. */
export function FirstVisitNote({ onDismissed }: FirstVisitNoteProps) {
  const dismissed = useFirstVisitNoteDismissed();
  const t = useT();
  if (dismissed) return null;
  return (
    <section className="notice first-visit-note" aria-labelledby="first-visit-title">
      <h2 id="first-visit-title">{t('shell.welcome.heading')}</h2>
      <p>{t('shell.welcome.intro')}</p>
      <p>
        <strong>{t('shell.welcome.notAdvice')}</strong> {t('shell.welcome.doctor')} <Link to={paths.sports()}>{t('shell.welcome.sportsLink')}</Link>
        {t('shell.welcome.doctorEnd')}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          onClick={() => {
            firstVisitActions.firstVisitNoteDismissed();
            onDismissed();
          }}
        >
          {t('shell.welcome.dismiss')}
        </button>
      </div>
    </section>
  );
}
