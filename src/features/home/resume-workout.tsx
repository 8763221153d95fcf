import { Link } from 'react-router';
import { useResumableSession } from '../../stores/resumable-session';
import { formatDate } from '../../shared/i18n/format-date';
import { useLanguage, useT } from '../../shared/i18n/use-translation';


/**
 * "Resume workout" when a workout is unfinished on this device. Light on purpose (it is in the
 * first load): it reads the small saved summary, not the session; the player checks the rest.
 * An old one is not resumed: the player offers to save it as finished or discard it.
 */
export function ResumeWorkout() {
  const resumable = useResumableSession();
  const t = useT();
  const language = useLanguage();
  if (!resumable) return null;
  return (
    <section className="notice resume-workout" aria-labelledby="resume-workout-title">
      <h2 id="resume-workout-title">{resumable.stale ? t('shell.resume.headingStale') : t('shell.resume.headingRunning')}</h2>
      <p>
        {resumable.stale
          ? t('shell.resume.lastActiveOn', { routine: resumable.routineName, dayAndTime: formatDate(resumable.savedAtMs, 'weekday-and-time', language) })
          : t('shell.resume.lastActiveAt', { routine: resumable.routineName, time: formatDate(resumable.savedAtMs, 'time', language) })}
      </p>
      <div className="notice-actions">
        <Link className="button primary" to={resumable.playerPath}>
          {resumable.stale ? t('shell.resume.finishOrDiscard') : t('shell.resume.resume')}
        </Link>
      </div>
    </section>
  );
}
