import { useEffect, useState } from 'react';
import { useT } from '../../shared/i18n/use-translation';
import { getSession, sessionActions, useFinishedWorkout } from '../../stores/session-store';
import { createDisplayClock, DisplayClockContext, useStepNowMs } from './display-clock';
import { FinishSummary } from './finish-summary';
import { HeadsetAudio } from './headset-audio';
import { onFirstGesture } from './on-first-gesture';
import { useMediaSession } from './use-media-session';
import { usePauseOnLeave } from './use-pause-on-leave';
import type { PlayerEffects } from './use-player-effects';
import { useSessionTicker } from './use-session-ticker';
import { useWorkoutControls } from './use-workout-controls';
import { useWorkoutWakeLock } from './use-workout-wake-lock';
import { WorkoutScreen } from './workout-screen';

interface RunningWorkoutProps {
  readonly effects: PlayerEffects;
  /** True when this page did not start the workout (a reload): audio waits for a touch. */
  readonly resumed: boolean;
}

/** A workout in progress, then its summary. Owns the one ticker, the wake lock, the pause on leaving and the headset controls. */
export function RunningWorkout({ effects, resumed }: RunningWorkoutProps) {
  const t = useT();
  const [display] = useState(() => createDisplayClock(Date.now()));
  useSessionTicker(effects.run, display);
  const stepNowMs = useStepNowMs(display);
  const controls = useWorkoutControls(effects.run);
  const finished = useFinishedWorkout();
  const session = getSession();
  const [audioWaiting, setAudioWaiting] = useState(resumed);
  useWorkoutWakeLock(session?.status ?? null);
  usePauseOnLeave();
  useMediaSession(session, controls);

  // Browsers start audio only from a user gesture: after a reload, the first touch or key does it.
  const { unlockAudio } = effects;
  useEffect(() => {
    if (!audioWaiting) return;
    return onFirstGesture(() => {
      unlockAudio();
      setAudioWaiting(false);
    });
  }, [audioWaiting, unlockAudio]);

  if (!session) return null;
  if (session.status === 'finished' || session.status === 'abandoned') {
    return finished ? <FinishSummary plan={session.plan} finished={finished} onAgain={sessionActions.finishedWorkoutDismissed} onRetrySave={sessionActions.finishedWorkoutSaveRetried} /> : null;
  }
  return (
    <>
      {audioWaiting && <p className="audio-hint">{t('player.audio.welcomeBack')}</p>}
      <DisplayClockContext value={display}>
        <WorkoutScreen session={session} nowMs={stepNowMs} controls={controls} />
      </DisplayClockContext>
      <HeadsetAudio status={session.status} />
    </>
  );
}
