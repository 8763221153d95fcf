import { useMemo, type Ref } from 'react';
import type { PlanStep, Session, SessionView } from '../../engine/types';
import { catalogText, stepExerciseName, stepSideLabel, type ExerciseLookup } from '../../shared/i18n/engine-text';
import type { Translate } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import type { PersonalBest } from '../../stores/history-store';
import { CountdownRing } from './countdown-ring';
import { CueList } from './cue-list';
import { HoldGoal } from './hold-goal';
import { isRestStep, nextStepText, repCounterText, stepKindLabel } from './step-labels';

interface StepStageProps {
  readonly session: Session;
  readonly view: SessionView;
  readonly personalBest: PersonalBest | null;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

/** The step's words, in the current language: worked out when the step (or the language) changes, not at every tick. */
function stepWords(step: PlanStep, nextStep: PlanStep | null, t: Translate, catalog: ExerciseLookup) {
  const resting = isRestStep(step);
  // A rest shows what comes next, with its setup: that is what the user gets ready for.
  const shown = resting && step.kind === 'rest-between-exercises' ? (nextStep ?? step) : step;
  return {
    kind: stepKindLabel(step.kind, t),
    title: stepExerciseName(shown, catalog),
    sideLabel: step.kind === 'rest-between-sets' ? null : stepSideLabel(shown, t, catalog),
    counter: repCounterText(step, t, catalog),
    cues: step.cues.map((cue) => catalogText(cue, t, catalog)),
    cueLabel: t(step.kind === 'work' ? 'player.cues.work' : 'player.cues.setup'),
    upNext: nextStepText(nextStep, t, catalog),
  };
}

/** The big picture of the current step: what kind, which exercise and side, the time, the cues. */
export function StepStage({ session, view, personalBest, headingRef }: StepStageProps) {
  const { step, nextStep } = view;
  const t = useT();
  const catalog = useCatalog();
  const resting = isRestStep(step);
  const paused = session.status === 'paused';
  const words = useMemo(() => stepWords(step, nextStep, t, catalog), [step, nextStep, t, catalog]);
  const { title, sideLabel, counter } = words;
  return (
    <div className={`step-stage kind-${step.kind}`}>
      <div className="stage-head">
        <p className="step-kind">
          {words.kind}
          {resting && step.kind === 'rest-between-exercises' ? t('player.stage.nextUp') : ''}
          {paused && <span className="paused-badge">{t('player.stage.paused')}</span>}
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
        <CueList cues={words.cues} currentIndex={view.currentCueIndex} label={words.cueLabel} />
        {!resting && <p className="up-next">{words.upNext}</p>}
      </div>
    </div>
  );
}
