import { useMemo, memo } from 'react';
import type { PlanStep, SessionStatus } from '../../engine/types';
import { catalogText, spokenText } from '../../shared/i18n/engine-text';
import type { Translate } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { useShownCueIndex } from './display-clock';
import { stepKindLabel } from './step-labels';
import type { ExerciseLookup } from '../../shared/i18n/engine-text';

interface CueAnnouncerProps {
  readonly step: PlanStep;
  /** The cue at the time the screen rendered; the display's cue follows it (see useShownCueIndex). */
  readonly currentCueIndex: number;
  readonly status: SessionStatus;
}

/** The sentence for screen readers: the step when it starts, then each new cue; never the seconds. */
export function announcementFor(step: PlanStep, currentCueIndex: number, status: SessionStatus, t: Translate, catalog: ExerciseLookup): string {
  if (status === 'paused') return t('player.announcer.paused');
  if (status === 'finished') return t('player.announcer.finished');
  const cue = step.cues[currentCueIndex];
  if (currentCueIndex > 0) return cue ? catalogText(cue, t, catalog) : '';
  const label = stepKindLabel(step.kind, t);
  const spoken = spokenText(step.announcement, t, catalog);
  // A rest's words already begin with its name ("Rest. Next: …"): not "Rest. Rest. Next: …".
  return spoken.toLocaleLowerCase().startsWith(`${label.toLocaleLowerCase()}.`) ? spoken : `${label}. ${spoken}`.trim();
}

/**
 * A polite live region. Its text changes only when the step, the cue or the pause state
 * changes, so a screen reader speaks those and is not flooded by the countdown.
 */
/** Memoized: it changes with its props, not whenever the workout screen re-renders. */
export const CueAnnouncer = memo(function CueAnnouncer({ step, currentCueIndex: renderedCueIndex, status }: CueAnnouncerProps) {
  const t = useT();
  const catalog = useCatalog();
  const currentCueIndex = useShownCueIndex(step, renderedCueIndex);
  const text = useMemo(() => announcementFor(step, currentCueIndex, status, t, catalog), [step, currentCueIndex, status, t, catalog]);
  return (
    <div className="visually-hidden cue-announcer" aria-live="polite" aria-atomic="true" data-testid="cue-announcer">
      {text}
    </div>
  );
});
