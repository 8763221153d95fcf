import { memo } from 'react';

const noSizers: readonly string[] = [];

interface CueListProps {
  readonly cues: readonly string[];
  readonly currentIndex: number;
  readonly label: string;
  /**
   * The cues of the steps around this one (the exercise's work): on a phone, where the cues lie
   * in one cell, the cell is sized for them too, so the ring keeps its size from step to step
   * (see workout-screen.css). Hidden, and not read.
   */
  readonly sizers?: readonly string[];
}

/** The step's cues in order; the current one stands out (and is marked for screen readers). */
/** Memoized: it changes with the cue, not whenever the workout screen re-renders. */
export const CueList = memo(function CueList({ cues, currentIndex, label, sizers = noSizers }: CueListProps) {
  if (cues.length === 0) return null;
  return (
    <ol className="cue-list" aria-label={label}>
      {cues.map((cue, index) => (
        <li key={index} className={index === currentIndex ? 'cue current' : 'cue'} aria-current={index === currentIndex ? 'step' : undefined}>
          {cue}
        </li>
      ))}
      {sizers.map((sizer) => (
        // Keyed by text, so they stay as they are from one rep phase to the next; the words as
        // generated content, not text, so nothing finds or reads them twice.
        <li key={`sizer:${sizer}`} className="cue cue-sizer" aria-hidden="true" data-text={sizer} />
      ))}
    </ol>
  );
});
