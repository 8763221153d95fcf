import { useCallback, useMemo, type Ref } from 'react';
import type { PlanStep, Session, SessionView } from '../../engine/types';
import { viewAt } from '../../engine/view';
import { catalogText, phaseName, stepExerciseName, stepSideLabel, type ExerciseLookup } from '../../shared/i18n/engine-text';
import type { Translate } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { StepFigure } from '../../shared/figure/step-figure';
import { useReducedMotion } from '../../shared/figure/use-reduced-motion';
import type { PersonalBest } from '../../stores/history-store';
import { useValueAfterPaint } from '../../shared/ui/use-value-after-paint';
import { CountdownRing } from './countdown-ring';
import { exerciseWorkCues } from './cue-sizer';
import { StageDetail, type StageDetailContent } from './stage-detail';
import { isRestStep, nextStepText, stepKindLabel } from './step-labels';

interface StepStageProps {
  readonly session: Session;
  readonly view: SessionView;
  readonly personalBest: PersonalBest | null;
  readonly headingRef: Ref<HTMLHeadingElement>;
  /** Drawn ahead of Start: without the figure, which follows just after Start's paint. */
  readonly preview?: boolean;
}

export interface CounterParts {
  readonly set: string | null;
  readonly repLabel: string | null;
  readonly repNumber: string | null;
  readonly phase: string | null;
}

/** The pieces of "Set 2 of 2 · Rep 4 of 6 · Raise", so the rep number can be the big one; null when the step has none. */
function counterParts(step: PlanStep, t: Translate, catalog: ExerciseLookup): CounterParts | null {
  const set = step.setCount !== null && step.setCount > 1 && step.set !== null ? t('player.counter.set', { set: step.set, setCount: step.setCount }) : null;
  const hasRep = step.rep !== null && step.repCount !== null;
  const parts = {
    set,
    repLabel: hasRep ? t('player.counter.repLabel') : null,
    repNumber: hasRep ? t('player.counter.repNumber', { rep: step.rep ?? 0, repCount: step.repCount ?? 0 }) : null,
    phase: phaseName(step, t, catalog),
  };
  return parts.set || parts.repNumber || parts.phase ? parts : null;
}

/**
 * What the stage says comes next: after a rep phase, what follows its set (a rest, the other side,
 * the next exercise), not the next phase. The phase word, the voice and the beeps say the phases;
 * "Up next: Hold", "Lower", "Raise" changing every 2 s told nothing more, and each new line laid
 * out the whole screen.
 */
function upNextStep(steps: readonly PlanStep[], step: PlanStep, nextStep: PlanStep | null): PlanStep | null {
  let next = nextStep;
  while (next && isNextRepPhase(step, next)) next = steps[next.index + 1] ?? null;
  return next;
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
    counter: counterParts(step, t, catalog),
    cues: step.cues.map((cue) => catalogText(cue, t, catalog)),
    cueLabel: t(step.kind === 'work' ? 'player.cues.work' : 'player.cues.setup'),
    upNext: nextStepText(nextStep, t, catalog),
  };
}

/** Whether `step` is the rep phase after `previous` (another step), in the same set and side. */
function isNextRepPhase(previous: PlanStep, step: PlanStep): boolean {
  return previous !== step && previous.kind === 'work' && step.kind === 'work' && previous.rep !== null && step.rep !== null && previous.itemIndex === step.itemIndex && previous.set === step.set && previous.side === step.side;
}

/** The big picture of the current step: what kind, which exercise and side, the time, the cues. */
export function StepStage({ session, view, personalBest, headingRef, preview = false }: StepStageProps) {
  const { step, nextStep } = view;
  const t = useT();
  const catalog = useCatalog();
  const resting = isRestStep(step);
  const paused = session.status === 'paused';
  const steps = session.plan.steps;
  const words = useMemo(() => stepWords(step, upNextStep(steps, step, nextStep), t, catalog), [steps, step, nextStep, t, catalog]);
  const { title, sideLabel } = words;
  // Worked out once per exercise, not at each rep phase.
  const workingExerciseId = step.kind === 'work' ? step.exerciseId : null;
  const cueSizers = useMemo(() => exerciseWorkCues(session.plan, workingExerciseId, t, catalog), [session.plan, workingExerciseId, t, catalog]);
  const detail = useMemo<StageDetailContent>(
    () => ({ session, holdTargetMs: step.durationMs === null ? step.targetMs : undefined, personalBest, counter: words.counter, cueStep: step, cues: words.cues, cueSizers, currentCueIndex: view.currentCueIndex, cueLabel: words.cueLabel, upNext: resting ? null : words.upNext }),
    [session, step, personalBest, words, cueSizers, view.currentCueIndex, resting],
  );
  // The counter, cues and what comes next follow a frame after the step's name and time: laid out
  // together with them, a step change was one frame of 50 to 90 ms on a slow phone (4× CPU), most
  // of it the layout of the new words and of the ring they resize; now it is two shorter ones.
  //
  // A rep phase after another of the same set changes only the phase, the rep number, the cue and
  // the pose: shown at once, in the tick's own frame (the figure too when it stands still, below).
  // The ring keeps its size (see CueList's sizers), so it lays out little, and one frame costs
  // less than three (about 85 ms of main thread at 4× every 2 to 3 s over three frames).
  const reducedMotion = useReducedMotion();
  const shownDetail = useValueAfterPaint(detail, detail, true, (shown) => isNextRepPhase(shown.cueStep, step));
  const animationKey = `${session.stepIndex}-${session.stepStartedAtMs}-${session.stepExtendedMs}`;
  // The figure is made again only when what it shows changes: the elapsed time counts only when
  // it mounts or pauses (see StepFigure).
  const stepElapsedMs = view.stepElapsedMs;
  const figure = useMemo(
    () => ({ animationKey, step, nextStep, durationMs: view.stepDurationMs, elapsedMs: stepElapsedMs, paused }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new second alone is no reason (see above)
    [animationKey, step, nextStep, view.stepDurationMs, paused],
  );
  // Then the figure, in a frame of its own once the words under the ring are shown for this state
  // of the session (a new cue renders only the cue list): mounting it (about 7 ms, 30 ms on a slow
  // phone) and styling its SVG stay out of both frames before it. On Start, it comes just after
  // the countdown.
  // A moving figure's new phase (its animations made anew) stays in a frame of its own: with the
  // rest in one, a rep phase made tasks of 50 to 75 ms at 4×. A still one only places its poses.
  const shownFigure = useValueAfterPaint(preview ? null : figure, null, shownDetail.session === session, (shown) => reducedMotion && shown !== null && isNextRepPhase(shown.step, step));
  // The countdown follows the displayed second without a render of the stage (see CountdownRing).
  const timeAt = useCallback((nowMs: number) => {
    const shown = viewAt(session, nowMs);
    return { remainingMs: shown.stepRemainingMs, elapsedMs: shown.stepElapsedMs };
  }, [session]);
  return (
    <div className={`step-stage kind-${step.kind}`}>
      <div className="stage-head">
        <p className="step-kind">
          {words.kind}
          {resting && step.kind === 'rest-between-exercises' ? t('player.stage.nextUp') : ''}
        </p>
        <h2 className="exercise-name" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {sideLabel && <p className="side-label">{sideLabel}</p>}
      </div>
      {paused && <p className="paused-banner">{t('player.stage.paused')}</p>}
      <CountdownRing
        animationKey={animationKey}
        durationMs={view.stepDurationMs}
        elapsedMs={view.stepElapsedMs}
        remainingMs={view.stepRemainingMs}
        paused={paused}
        timeAt={timeAt}
      >
        {shownFigure && (
          <StepFigure
            animationKey={shownFigure.animationKey}
            step={shownFigure.step}
            nextStep={shownFigure.nextStep}
            durationMs={shownFigure.durationMs}
            elapsedMs={shownFigure.elapsedMs}
            paused={shownFigure.paused}
          />
        )}
      </CountdownRing>
      <StageDetail content={shownDetail} />
    </div>
  );
}
