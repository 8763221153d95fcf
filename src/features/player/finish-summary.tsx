import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Plan } from '../../engine/types';
import { paths } from '../../shared/paths';
import type { FinishedWorkout } from '../../stores/session-store';
import { clockText, durationWords } from './format-time';

interface FinishSummaryProps {
  readonly plan: Plan;
  readonly finished: FinishedWorkout;
  readonly onAgain: () => void;
  readonly onRetrySave: () => void;
}

/** Whether the workout reached the history; it stays on this screen until it does. */
function SaveStatus({ status, onRetrySave }: { status: FinishedWorkout['saveStatus']; onRetrySave: () => void }) {
  if (status !== 'failed') return null;
  return (
    <div className="notice warning" role="alert">
      <p>This workout could not be saved: the browser’s storage is full or blocked. It is kept on this screen; free some space or allow storage, then retry.</p>
      <button type="button" className="primary" onClick={onRetrySave}>
        Retry saving
      </button>
    </div>
  );
}

/** The end: how long, what was done and skipped, and any new personal best. */
export function FinishSummary({ plan, finished, onAgain, onRetrySave }: FinishSummaryProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { record, newBests } = finished;
  const nameOf = (exerciseId: string) => plan.outline.find((item) => item.exerciseId === exerciseId)?.exerciseName ?? exerciseId;
  return (
    <div className="finish-summary">
      <h2 ref={heading} tabIndex={-1}>
        {record.completed ? 'Workout complete. Well done!' : 'Workout ended'}
      </h2>
      <SaveStatus status={finished.saveStatus} onRetrySave={onRetrySave} />
      <dl className="summary-figures">
        <div>
          <dt>Time</dt>
          <dd>{durationWords(record.activeMs)}</dd>
        </div>
        <div>
          <dt>Exercises done</dt>
          <dd>
            {record.exercisesDone.length} of {plan.outline.length}
          </dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{record.exercisesSkipped.length}</dd>
        </div>
      </dl>
      {newBests.length > 0 && (
        <section className="new-bests" aria-labelledby="new-bests-title">
          <h3 id="new-bests-title">New personal best{newBests.length > 1 ? 's' : ''}</h3>
          <ul>
            {newBests.map((best) => (
              <li key={best.exerciseId}>
                {nameOf(best.exerciseId)}: held {clockText(best.heldMs)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.exercisesSkipped.length > 0 && (
        <p>
          Skipped: {record.exercisesSkipped.map(nameOf).join(', ')}.
        </p>
      )}
      <div className="summary-actions">
        <button type="button" className="button" onClick={onAgain}>
          Do it again
        </button>
        <Link className="button primary" to={paths.home()}>
          Back to the workouts
        </Link>
      </div>
    </div>
  );
}
