import { Link } from 'react-router';
import { useResumableSession } from '../../stores/resumable-session';

const timeOfDay = (atMs: number) => new Date(atMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const dayAndTime = (atMs: number) => new Date(atMs).toLocaleString([], { weekday: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * "Resume workout" when a workout is unfinished on this device. Light on purpose (it is in the
 * first load): it reads the small saved summary, not the session; the player checks the rest.
 * An old one is not resumed: the player offers to save it as finished or discard it.
 */
export function ResumeWorkout() {
  const resumable = useResumableSession();
  if (!resumable) return null;
  return (
    <section className="notice resume-workout" aria-labelledby="resume-workout-title">
      <h2 id="resume-workout-title">{resumable.stale ? 'An unfinished workout' : 'Workout in progress'}</h2>
      <p>
        {resumable.routineName}, last active {resumable.stale ? dayAndTime(resumable.savedAtMs) : `at ${timeOfDay(resumable.savedAtMs)}`}.
      </p>
      <div className="notice-actions">
        <Link className="button primary" to={resumable.playerPath}>
          {resumable.stale ? 'Finish or discard it' : 'Resume workout'}
        </Link>
      </div>
    </section>
  );
}
