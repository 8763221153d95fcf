import { memo } from 'react';
import type { PlanStep, Session } from '../../engine/types';
import { viewAt } from '../../engine/view';
import type { PersonalBest } from '../../stores/history-store';
import { CueList } from './cue-list';
import { useDisplayedValue, useShownCueIndex } from './display-clock';
import { goalReached, HoldGoal } from './hold-goal';
import type { CounterParts } from './step-stage';

/** What the stage shows under the ring, as of one moment of the workout. */
export interface StageDetailContent {
  readonly session: Session;
  /** The open-ended hold's target (null: none); undefined when the step is not an open-ended hold. */
  readonly holdTargetMs: number | null | undefined;
  readonly personalBest: PersonalBest | null;
  readonly counter: CounterParts | null;
  /** The step the cues are of: the display's cue of it is marked as it moves on (see useShownCueIndex). */
  readonly cueStep: PlanStep;
  readonly cues: readonly string[];
  /** The cues of the exercise's work, that the cues' cell is sized for on a phone (see CueList). */
  readonly cueSizers: readonly string[];
  /** The cue at the time the stage rendered. */
  readonly currentCueIndex: number;
  readonly cueLabel: string;
  /** What comes next; null during a rest (the rest shows the next exercise itself). */
  readonly upNext: string | null;
}

/**
 * The set, rep and phase, read as one line ("Set 1 of 2 · Rep 4 of 6 · Raise") but shown on
 * their own lines: the rep number big (it is what matters from the mat), the rest small.
 */
function RepCounter({ parts }: { parts: CounterParts }) {
  const separator = <span className="visually-hidden">{' · '}</span>;
  return (
    <p className="rep-counter">
      {parts.set && <span className="rep-counter-set">{parts.set}</span>}
      {parts.set && (parts.repNumber || parts.phase) && separator}
      {parts.repNumber && (
        <span className="rep-counter-rep">
          <span className="rep-counter-label">{parts.repLabel}</span> <span className="rep-counter-number">{parts.repNumber}</span>
        </span>
      )}
      {parts.repNumber && parts.phase && separator}
      {parts.phase && (
        <span className="rep-counter-phase">
          <span className="rep-counter-phase-word">{parts.phase}</span>
        </span>
      )}
    </p>
  );
}

/** The open-ended hold's goal: it renders when the hold passes the best, on the second it does. */
function LiveHoldGoal({ session, targetMs, personalBest }: { session: Session; targetMs: number | null; personalBest: PersonalBest | null }) {
  const reached = useDisplayedValue((nowMs) => goalReached(viewAt(session, nowMs).stepElapsedMs, targetMs, personalBest));
  return <HoldGoal reached={reached} targetMs={targetMs} personalBest={personalBest} />;
}

/** The cue list, marking the cue shown now: it renders alone at a new cue. */
function LiveCueList({ step, cues, sizers, renderedIndex, label }: { step: PlanStep; cues: readonly string[]; sizers: readonly string[]; renderedIndex: number; label: string }) {
  const currentIndex = useShownCueIndex(step, renderedIndex);
  return <CueList cues={cues} currentIndex={currentIndex} label={label} sizers={sizers} />;
}

/** Under the ring: the rep counter, the hold's goal, the cues and what comes next. Renders only when they change. */
export const StageDetail = memo(function StageDetail({ content }: { content: StageDetailContent }) {
  const { session, holdTargetMs, personalBest, counter, cueStep, cues, cueSizers, currentCueIndex, cueLabel, upNext } = content;
  return (
    <div className="stage-detail">
      {counter && <RepCounter parts={counter} />}
      {holdTargetMs !== undefined && <LiveHoldGoal session={session} targetMs={holdTargetMs} personalBest={personalBest} />}
      <LiveCueList step={cueStep} cues={cues} sizers={cueSizers} renderedIndex={currentCueIndex} label={cueLabel} />
      {upNext !== null && <p className="up-next">{upNext}</p>}
    </div>
  );
});
