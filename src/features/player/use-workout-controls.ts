import { useCallback, useMemo } from 'react';
import type { Effect } from '../../engine/types';
import { getSession, sessionActions } from '../../stores/session-store';

/** Seconds one press of "+10 s" adds. */
export const EXTEND_STEP_SECONDS = 10;

/**
 * The controls as events (Back and Skip move by exercise, the step controls by one phase or side;
 * Done on a rep step ends the set, in the engine) on the session store; each carries out the effects it returns
 * (cancelled beeps, the new step's cues) at once, and shows the press's moment (`showAt`, from the
 * ticker) in the same render as the new step.
 */
export function useWorkoutControls(run: (effects: readonly Effect[], nowMs: number) => void, showAt: (nowMs: number) => void = () => undefined, clock: () => number = Date.now) {
  const act = useCallback(
    (action: (nowMs: number) => readonly Effect[]) => {
      const nowMs = clock();
      run(action(nowMs), nowMs);
      showAt(nowMs);
    },
    [run, showAt, clock],
  );
  return useMemo(
    () => ({
      onPauseToggle: () => act(getSession()?.status === 'paused' ? sessionActions.resumePressed : sessionActions.pausePressed),
      onBack: () => act(sessionActions.previousExerciseRequested),
      onSkip: () => act(sessionActions.nextExerciseRequested),
      onNextStep: () => act(sessionActions.stepSkipped),
      onPreviousStep: () => act(sessionActions.stepBackRequested),
      onExtend: () => act((nowMs) => sessionActions.stepExtended(EXTEND_STEP_SECONDS, nowMs)),
      onDone: () => act(sessionActions.stepMarkedDone),
      onRestartExercise: () => act(sessionActions.exerciseRestarted),
      onEndConfirmed: () => act(sessionActions.workoutEnded),
    }),
    [act],
  );
}
