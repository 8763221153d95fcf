import { memo } from 'react';
interface CueListProps {
  readonly cues: readonly string[];
  readonly currentIndex: number;
  readonly label: string;
}

/** The step's cues in order; the current one stands out (and is marked for screen readers). */
/** Memoized: it changes with the cue, not whenever the workout screen re-renders. */
export const CueList = memo(function CueList({ cues, currentIndex, label }: CueListProps) {
  if (cues.length === 0) return null;
  return (
    <ol className="cue-list" aria-label={label}>
      {cues.map((cue, index) => (
        <li key={index} className={index === currentIndex ? 'cue current' : 'cue'} aria-current={index === currentIndex ? 'step' : undefined}>
          {cue}
        </li>
      ))}
    </ol>
  );
});
