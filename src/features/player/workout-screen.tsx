import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { viewAt } from '../../engine/view';
import type { Session } from '../../engine/types';
import { useT } from '../../shared/i18n/use-translation';
import { afterNextPaint } from '../../shared/ui/after-next-paint';
import { usePersonalBest, type PersonalBest } from '../../stores/history-store';
import { CueAnnouncer } from './cue-announcer';
import { EndWorkoutDialog } from './end-workout-dialog';
import { PlayerControls, type DoneMeaning, type PlayerControlHandlers } from './player-controls';
import { SessionProgress } from './session-progress';
import { canMarkDone } from './step-labels';
import { StepStage } from './step-stage';
import { usePlayerKeyboard } from './use-player-keyboard';
import './workout-screen.css';

interface WorkoutScreenProps {
  readonly session: Session;
  /** The time to show the step at: it moves with the step, the cue and the pause state, not every second (see display-clock.ts). */
  readonly nowMs: number;
  readonly controls: Omit<PlayerControlHandlers, 'onEndWorkout'> & { readonly onEndConfirmed: () => void };
  /** Drawn ahead of Start, covered by the pre-start screen (see player.css): aria-hidden, out of the Tab order, no keys. */
  readonly preview?: boolean;
}

/** The best to beat: the stored best, or a longer hold of the same exercise earlier in this workout. */
function bestToBeat(session: Session, exerciseId: string | null, stored: PersonalBest | null): PersonalBest | null {
  let best = stored;
  for (const record of session.log) {
    const step = session.plan.steps[record.stepIndex];
    // A hold that ran into its cap ('completed', not ended by Done) is not a best until confirmed.
    const capped = record.outcome === 'completed';
    if (exerciseId && step?.exerciseId === exerciseId && record.heldMs !== null && !capped && record.heldMs > (best?.heldMs ?? 0)) {
      best = { exerciseId, heldMs: record.heldMs, achievedAtMs: record.leftAtMs ?? record.enteredAtMs };
    }
  }
  return best;
}

/** The running (or paused) workout: the stage, the progress, the controls. It only displays. */
export function WorkoutScreen({ session, nowMs, controls, preview = false }: WorkoutScreenProps) {
  const view = viewAt(session, nowMs);
  const holdExerciseId = view.step.durationMs === null ? view.step.exerciseId : null;
  const personalBest = bestToBeat(session, holdExerciseId, usePersonalBest(holdExerciseId));
  const t = useT();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  // The question pauses the workout (time must not run out while the user decides); "Keep going"
  // resumes it only if it was running before.
  const [resumeAfterQuestion, setResumeAfterQuestion] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const paused = session.status === 'paused';
  const doneAllowed = canMarkDone(view.step);
  const doneMeaning: DoneMeaning = !doneAllowed ? null : view.step.durationMs === null ? 'hold' : 'set';

  // Into the workout: focus its heading once, so a screen reader starts here. Later step changes
  // are announced by the live region instead, leaving focus on the control the user pressed.
  // After the first paint: focusing needs an up-to-date layout, which forced one here before the
  // countdown was even shown (30 ms, 130 ms at a 4× CPU slowdown).
  useEffect(() => (preview ? undefined : afterNextPaint(() => heading.current?.focus({ preventScroll: true }))), [preview]);

  // The controls and the dialog are memoized (the screen renders at each step and cue): their handlers
  // stay the same functions, reading what they need when pressed.
  const latest = useRef({ doneAllowed, paused, resumeAfterQuestion, controls });
  useLayoutEffect(() => {
    latest.current = { doneAllowed, paused, resumeAfterQuestion, controls };
  });
  const onDone = useCallback(() => {
    if (latest.current.doneAllowed) latest.current.controls.onDone();
  }, []);
  const onEndWorkout = useCallback(() => {
    const { paused: wasPaused, controls: current } = latest.current;
    if (!wasPaused) current.onPauseToggle();
    setResumeAfterQuestion(!wasPaused);
    setConfirmingEnd(true);
  }, [setResumeAfterQuestion, setConfirmingEnd]);
  const onEndCancelled = useCallback(() => {
    setConfirmingEnd(false);
    if (latest.current.resumeAfterQuestion) latest.current.controls.onPauseToggle();
  }, [setConfirmingEnd]);
  const onEndConfirmed = useCallback(() => {
    setConfirmingEnd(false);
    latest.current.controls.onEndConfirmed();
  }, [setConfirmingEnd]);
  usePlayerKeyboard(
    { onPauseToggle: controls.onPauseToggle, onBack: controls.onBack, onSkip: controls.onSkip, onNextStep: controls.onNextStep, onPreviousStep: controls.onPreviousStep, onDone },
    !confirmingEnd && !preview,
  );

  // The big tap area: pause or resume from the floor; during an open-ended hold, a tap ends it.
  const onStageTap = () => (view.step.durationMs === null && !paused && doneAllowed ? controls.onDone() : controls.onPauseToggle());

  return (
    <div className={`workout-screen${paused ? ' is-paused' : ''}`} aria-hidden={preview || undefined}>
      <SessionProgress session={session} nowMs={nowMs} />
      {/* Keyboard users have Space and Enter for the same actions, so the tap area need not be focusable. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div className="tap-area" onClick={onStageTap}>
        <StepStage session={session} view={view} personalBest={personalBest} headingRef={heading} preview={preview} />
        <p className="tap-hint" aria-hidden="true">
          {t(view.step.durationMs === null && !paused ? 'player.tap.holdDone' : paused ? 'player.tap.resume' : 'player.tap.pause')}
        </p>
      </div>
      <PlayerControls
        {...controls}
        focusable={!preview}
        paused={paused}
        done={doneMeaning}
        canExtend={view.step.durationMs !== null}
        onDone={onDone}
        onEndWorkout={onEndWorkout}
      />
      <CueAnnouncer step={view.step} currentCueIndex={view.currentCueIndex} status={session.status} />
      <EndWorkoutDialog open={confirmingEnd} onCancel={onEndCancelled} onConfirm={onEndConfirmed} />
    </div>
  );
}
