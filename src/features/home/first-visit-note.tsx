import { paths } from '../../shared/paths';
import { Link } from 'react-router';
import { firstVisitActions, useFirstVisitNoteDismissed } from '../../stores/first-visit-store';

interface FirstVisitNoteProps {
  /** Called after the note is gone, so the page can put the focus somewhere sensible. */
  readonly onDismissed: () => void;
}

/** Greets a new user once: what Upright is, and that it does not replace a doctor. */
export function FirstVisitNote({ onDismissed }: FirstVisitNoteProps) {
  const dismissed = useFirstVisitNoteDismissed();
  if (dismissed) return null;
  return (
    <section className="notice first-visit-note" aria-labelledby="first-visit-title">
      <h2 id="first-visit-title">Welcome to Upright</h2>
      <p>
        Upright guides you through exercises that strengthen the lower and upper back. It tells you what to do, counts the time in
        large digits and beeps before each change, so you can follow it from your mat. Everything stays on this device.
      </p>
      <p>
        <strong>This is not medical advice.</strong> Talk to your doctor before you start, especially if you have back pain or a
        back condition, and stop any exercise that hurts. The article these exercises come from also advises discussing with your
        family doctor which sport suits you best (see the <Link to={paths.sports()}>back-friendly sports</Link>).
      </p>
      <div className="notice-actions">
        <button
          type="button"
          onClick={() => {
            firstVisitActions.firstVisitNoteDismissed();
            onDismissed();
          }}
        >
          Got it, hide this note
        </button>
      </div>
    </section>
  );
}
