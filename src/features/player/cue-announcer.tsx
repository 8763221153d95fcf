import type { PlanStep, SessionStatus } from '../../engine/types';
import { STEP_KIND_LABELS } from './step-labels';

interface CueAnnouncerProps {
  readonly step: PlanStep;
  readonly currentCueIndex: number;
  readonly status: SessionStatus;
}

/** The sentence for screen readers: the step when it starts, then each new cue; never the seconds. */
export function announcementFor(step: PlanStep, currentCueIndex: number, status: SessionStatus): string {
  if (status === 'paused') return 'Paused.';
  if (status === 'finished') return 'Workout complete.';
  if (currentCueIndex > 0) return step.cues[currentCueIndex] ?? '';
  return `${STEP_KIND_LABELS[step.kind]}. ${step.announcement}`;
}

/**
 * A polite live region. Its text changes only when the step, the cue or the pause state
 * changes, so a screen reader speaks those and is not flooded by the countdown.
 */
export function CueAnnouncer({ step, currentCueIndex, status }: CueAnnouncerProps) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="cue-announcer">
      {announcementFor(step, currentCueIndex, status)}
    </div>
  );
}
