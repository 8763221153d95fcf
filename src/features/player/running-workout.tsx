import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { start } from '../../engine/session';
import type { Plan } from '../../engine/types';
import { useT } from '../../shared/i18n/use-translation';
import { getSession, sessionActions, useFinishedWorkout } from '../../stores/session-store';
import { DisplayClockContext, useStepNowMs, type DisplayClock } from './display-clock';
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

/** How far behind the display may be when a running workout is first shown, ms: not a second. */
const STALE_DISPLAY_MS = 250;

interface RunningWorkoutProps {
  readonly effects: PlayerEffects;
  /** True when this page did not start the workout (a reload): audio waits for a touch. */
  readonly resumed: boolean;
  /** The time the screen is shown at (the page's: Start moves it to the moment of the tap). */
  readonly display: DisplayClock;
  /**
   * Before Start: the plan to draw the workout screen of, as it will be at Start, hidden under
   * the pre-start screen. Nothing runs: no ticker, wake lock, keys, headset or leaving pause.
   */
  readonly preview?: Plan;
}

/** A workout in progress, then its summary. Owns the one ticker, the wake lock, the pause on leaving and the headset controls. */
export function RunningWorkout({ effects, resumed, display, preview }: RunningWorkoutProps) {
  const t = useT();
  // The preview is the session as Start will begin it, at the time shown: same plan, same first
  // step, nothing elapsed, so Start changes next to nothing on screen.
  const previewSession = useMemo(() => (preview ? start(preview, display.nowMs()).session : null), [preview, display]);
  const live = previewSession === null;
  const session = previewSession ?? getSession();
  // A workout shown some time after the page opened (resumed once no other tab runs it, taken over
  // from another tab) is shown at the time it is now before it is painted, not when the page opened.
  useLayoutEffect(() => {
    const nowMs = Date.now();
    if (live && nowMs - display.nowMs() >= STALE_DISPLAY_MS) display.show(nowMs, true, null);
    // On mount only: later the ticker moves the display.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const showAt = useSessionTicker(effects.run, display, live);
  const stepNowMs = useStepNowMs(display);
  const controls = useWorkoutControls(effects.run, showAt);
  const finished = useFinishedWorkout();
  const [audioWaiting, setAudioWaiting] = useState(resumed);
  useWorkoutWakeLock(live ? (session?.status ?? null) : null);
  usePauseOnLeave(live);
  useMediaSession(live ? session : null, controls);

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
        <WorkoutScreen session={session} nowMs={stepNowMs} controls={controls} preview={!live} />
      </DisplayClockContext>
      <HeadsetAudio status={live ? session.status : null} />
    </>
  );
}
