import { memo, useMemo } from 'react';
import type { Exercise } from '../../catalog/schema';
import type { PlanStep } from '../../engine/types';
import { useCatalog } from '../i18n/use-catalog';
import { MovingFigure } from './moving-figure';

interface StepFigureProps {
  /** The countdown ring's key: the movement starts over when it changes (see MovingFigure). */
  readonly animationKey: string;
  readonly step: PlanStep;
  readonly nextStep: PlanStep | null;
  /** The step's length with its extensions, ms; null for an open-ended hold. */
  readonly durationMs: number | null;
  readonly elapsedMs: number;
  readonly paused: boolean;
}

const noRoles: readonly string[] = [];
const phaseRolesOf = (exercise: Exercise | undefined): readonly string[] =>
  exercise?.prescription.kind === 'reps' ? exercise.prescription.phases.map((phase) => phase.role ?? '') : noRoles;

/**
 * The player's figure for a step: a work step moves through its phase; a get-ready, switch or
 * rest shows the setup of the exercise it gets ready for, still; the finish shows none. Give it
 * the countdown ring's key as `animationKey`, so both start over together.
 */
export const StepFigure = memo(function StepFigure({ animationKey, step, nextStep, durationMs, elapsedMs, paused }: StepFigureProps) {
  const catalog = useCatalog();
  const shown = step.kind === 'rest-between-exercises' ? nextStep : step;
  const exercise = shown?.exerciseId ? catalog.exercisesById.get(shown.exerciseId) : undefined;
  const phaseRoles = useMemo(() => phaseRolesOf(exercise), [exercise]);
  if (!shown || !exercise || shown.kind === 'finish') return null;
  const working = shown === step && step.kind === 'work';
  return (
    <div className="ring-figure">
      <MovingFigure
        animationKey={animationKey}
        exerciseId={exercise.id}
        side={shown.side}
        role={working ? step.role : null}
        partIndex={working ? step.partIndex : null}
        rep={working ? step.rep : null}
        durationMs={durationMs}
        phaseRoles={phaseRoles}
        elapsedMs={elapsedMs}
        paused={paused}
      />
    </div>
  );
}, sameFigure);

/**
 * The player renders every second, but the figure reads the elapsed time only when it mounts
 * (the browser runs the movement from there) and when it pauses (to hold the pose reached), so a
 * new second alone is no reason to work out its joints and diff its SVG again.
 */
function sameFigure(previous: StepFigureProps, next: StepFigureProps): boolean {
  return (
    previous.animationKey === next.animationKey && previous.step === next.step && previous.nextStep === next.nextStep && previous.durationMs === next.durationMs && previous.paused === next.paused
  );
}
