import { useNavigate } from 'react-router';
import { useResumableSession } from '../../stores/resumable-session';
import { sessionActions } from '../../stores/session-store';

interface WorkoutElsewhereProps {
  /** 'elsewhere': another tab runs a workout; 'moved': another tab took this one's. */
  readonly reason: 'elsewhere' | 'moved';
  readonly playerPath: string;
}

/**
 * One workout runs in one tab. Here it runs in another: say so, and offer to move it here (the
 * other tab then stops counting, beeping and speaking). Nothing is ended or recorded by opening.
 */
export function WorkoutElsewhere({ reason, playerPath }: WorkoutElsewhereProps) {
  const navigate = useNavigate();
  const running = useResumableSession();
  const continued = async () => {
    await sessionActions.continuedHere();
    if (running && running.playerPath !== playerPath) navigate(running.playerPath);
  };
  return (
    <div className="notice workout-elsewhere" role="status">
      <h2>{reason === 'moved' ? 'This workout moved to another tab' : 'A workout is running in another tab'}</h2>
      <p>
        {running ? `“${running.routineName}” ` : 'It '}
        {reason === 'moved' ? 'goes on in the other tab. This tab has stopped counting and speaking.' : 'goes on there. You can move it here: the other tab then stops.'}
      </p>
      <button type="button" className="primary" onClick={() => void continued()}>
        Continue here
      </button>
    </div>
  );
}
