import { paths } from '../../shared/paths';
import { Link } from 'react-router';
import { firstVisitActions, useFirstVisitNoteDismissed } from '../../stores/first-visit-store';
import { useT } from '../../shared/i18n/use-translation';

interface FirstVisitNoteProps {
  /** Called after the note is gone, so the page can put the focus somewhere sensible. */
  readonly onDismissed: () => void;
}

/** Greets a new user once: what Upright is, and that it does not replace a doctor. */
export default function FirstVisitNote({ onDismissed }: FirstVisitNoteProps) {
  const dismissed = useFirstVisitNoteDismissed();
  const t = useT();
  if (dismissed) return null;
  return (
    <section className="notice first-visit-note" aria-labelledby="first-visit-title">
      <h2 id="first-visit-title">{t('app.welcome.heading')}</h2>
      <p>{t('app.welcome.intro')}</p>
      <p>
        <strong>{t('app.welcome.notAdvice')}</strong> {t('app.welcome.doctor')} <Link to={paths.sports()}>{t('app.welcome.sportsLink')}</Link>
        {t('app.welcome.doctorEnd')}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          onClick={() => {
            firstVisitActions.firstVisitNoteDismissed();
            onDismissed();
          }}
        >
          {t('app.welcome.dismiss')}
        </button>
      </div>
    </section>
  );
}
