import { useCallback, useMemo } from 'react';
import type { Effect } from '../../engine/types';
import { getSession, sessionActions } from '../../stores/session-store';

/** Seconds one press of "+10 s" adds. */
export const EXTEND_STEP_SECONDS = 10;

/**
 * The controls as events on the session store; each carries out the effects it returns
 * (cancelled beeps, the new step's cues) at once.
 */
export function useWorkoutControls(run: (effects: readonly Effect[], nowMs: number) => void, clock: () => number = Date.now) {
  const act = useCallback(
    (action: (nowMs: number) => readonly Effect[]) => {
      const nowMs = clock();
      run(action(nowMs), nowMs);
    },
    [run, clock],
  );
  return useMemo(
    () => ({
      onPauseToggle: () => act(getSession()?.status === 'paused' ? sessionActions.resumePressed : sessionActions.pausePressed),
      onBack: () => act(sessionActions.stepBackRequested),
      onSkip: () => act(sessionActions.stepSkipped),
      onExtend: () => act((nowMs) => sessionActions.stepExtended(EXTEND_STEP_SECONDS, nowMs)),
      onDone: () => act(sessionActions.stepMarkedDone),
      onRestartExercise: () => act(sessionActions.exerciseRestarted),
      onEndConfirmed: () => act(sessionActions.workoutEnded),
    }),
    [act],
  );
}
