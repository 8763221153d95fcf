import { Link } from 'react-router';
import { useResumableSession, type SessionPlace } from '../../stores/resumable-session';
import { formatDate } from '../../shared/i18n/format-date';
import type { Translate } from '../../shared/i18n/i18n';
import type { Language } from '../../shared/i18n/languages';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

/**
 * "right leg" inside the sentence: side labels begin with an adjective in English and German
 * ("Right leg", "Rechtes Bein", "Linker Arm und rechtes Bein"), so only the first letter changes.
 */
const inSentence = (label: string, language: Language) => label.charAt(0).toLocaleLowerCase(language) + label.slice(1);

/**
 * "Paused in Quadruped leg raise, right leg: 0:20 to go." (the timer's time, said as what it is:
 * left, or held in an open-ended hold); by number when the names are of another language.
 */
function pausedPlaceText(place: SessionPlace, t: Translate, language: Language): string {
  const time = place.timeShown;
  const counts = place.timeCounts ?? 'left';
  if (place.language !== language) return t('app.resume.pausedAtNumber', { time, counts, number: place.exerciseNumber, count: place.exerciseCount });
  const exercise = place.exerciseName;
  if (place.where === 'get-ready') return t('app.resume.pausedGettingReady', { time, exercise });
  if (place.where === 'rest') return t('app.resume.pausedResting', { time, exercise });
  return place.sideLabel === null
    ? t('app.resume.pausedAt', { time, counts, exercise })
    : t('app.resume.pausedAtSide', { time, counts, exercise, side: inSentence(place.sideLabel, language) });
}

/**
 * "Resume workout" when a workout is unfinished on this device. Light on purpose (it is in the
 * first load): it reads the small saved summary, not the session; the player checks the rest.
 * An old one is not resumed: the player offers to start it again, save what was done, or discard it.
 */
export function ResumeWorkout() {
  const resumable = useResumableSession();
  const t = useT();
  const language = useLanguage();
  if (!resumable) return null;
  return (
    <section className="notice resume-workout" aria-labelledby="resume-workout-title">
      <h2 id="resume-workout-title">{resumable.stale ? t('app.resume.headingStale') : t('app.resume.headingRunning')}</h2>
      <p>
        {resumable.stale
          ? t('app.resume.lastActiveOn', { routine: resumable.routineName, dayAndTime: formatDate(resumable.savedAtMs, 'weekday-and-time', language) })
          : t('app.resume.lastActiveAt', { routine: resumable.routineName, time: formatDate(resumable.savedAtMs, 'time', language) })}
      </p>
      {!resumable.stale && resumable.place?.paused && <p className="resume-place">{pausedPlaceText(resumable.place, t, language)}</p>}
      <div className="notice-actions">
        <Link className="button primary" to={resumable.playerPath}>
          {resumable.stale ? t('app.resume.choose') : t('app.resume.resume')}
        </Link>
      </div>
    </section>
  );
}
