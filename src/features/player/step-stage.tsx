import type { Ref } from 'react';
import type { Session, SessionView } from '../../engine/types';
import type { PersonalBest } from '../../stores/history-store';
import { CountdownRing } from './countdown-ring';
import { CueList } from './cue-list';
import { HoldGoal } from './hold-goal';
import { isRestStep, nextStepText, repCounterText, STEP_KIND_LABELS } from './step-labels';

interface StepStageProps {
  readonly session: Session;
  readonly view: SessionView;
  readonly personalBest: PersonalBest | null;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

/** The big picture of the current step: what kind, which exercise and side, the time, the cues. */
export function StepStage({ session, view, personalBest, headingRef }: StepStageProps) {
  const { step, nextStep } = view;
  const resting = isRestStep(step);
  const paused = session.status === 'paused';
  // A rest shows what comes next, with its setup: that is what the user gets ready for.
  const title = resting ? (step.kind === 'rest-between-sets' ? step.exerciseName : (nextStep?.exerciseName ?? step.exerciseName)) : step.exerciseName;
  const sideLabel = resting ? (step.kind === 'rest-between-sets' ? null : nextStep?.sideLabel) : step.sideLabel;
  const counter = repCounterText(step);
  return (
    <div className={`step-stage kind-${step.kind}`}>
      <div className="stage-head">
        <p className="step-kind">
          {STEP_KIND_LABELS[step.kind]}
          {resting && step.kind === 'rest-between-exercises' ? ' · next up' : ''}
          {paused && <span className="paused-badge"> · Paused</span>}
        </p>
        <h2 className="exercise-name" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {sideLabel && <p className="side-label">{sideLabel}</p>}
      </div>
      <CountdownRing
        animationKey={`${session.stepIndex}-${session.stepStartedAtMs}-${session.stepExtendedMs}`}
        durationMs={view.stepDurationMs}
        elapsedMs={view.stepElapsedMs}
        remainingMs={view.stepRemainingMs}
        paused={paused}
      />
      <div className="stage-detail">
        {counter && <p className="rep-counter">{counter}</p>}
        {step.durationMs === null && <HoldGoal elapsedMs={view.stepElapsedMs} targetMs={step.targetMs} personalBest={personalBest} />}
        <CueList cues={step.cues} currentIndex={view.currentCueIndex} label={step.kind === 'work' ? 'Cues' : 'How to get into position'} />
        {!resting && <p className="up-next">{nextStepText(nextStep)}</p>}
      </div>
    </div>
  );
}
