import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n/use-translation';
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
  const t = useT();
  const navigate = useNavigate();
  const running = useResumableSession();
  const continued = async () => {
    await sessionActions.continuedHere();
    if (running && running.playerPath !== playerPath) navigate(running.playerPath);
  };
  return (
    <div className="notice workout-elsewhere" role="status">
      <h2>{t(reason === 'moved' ? 'player.elsewhere.moved' : 'player.elsewhere.running')}</h2>
      <p>{t(reason === 'moved' ? 'player.elsewhere.movedText' : 'player.elsewhere.runningText', { routine: running?.routineName ?? 'none' })}</p>
      <button type="button" className="primary" onClick={() => void continued()}>
        {t('player.elsewhere.continue')}
      </button>
    </div>
  );
}
