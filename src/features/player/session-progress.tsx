import type { Plan } from '../../engine/types';
import { clockText } from './format-time';

interface SessionProgressProps {
  readonly plan: Plan;
  readonly stepIndex: number;
  /** 0..1 over the whole plan. */
  readonly progress: number;
  readonly remainingMs: number;
}

/** Where the user is in the whole workout: which exercise of how many, and the time left. */
export function SessionProgress({ plan, stepIndex, progress, remainingMs }: SessionProgressProps) {
  const exerciseNumber = plan.outline.filter((item) => item.firstStepIndex <= stepIndex).length;
  const percent = Math.round(progress * 100);
  return (
    <div className="session-progress">
      <p className="session-progress-text">
        <span>
          Exercise {Math.max(1, exerciseNumber)} of {plan.outline.length}
        </span>
        <span>About {clockText(remainingMs)} left</span>
      </p>
      <progress className="session-progress-bar" max={100} value={percent} aria-label="Workout progress">
        {percent}%
      </progress>
    </div>
  );
}
