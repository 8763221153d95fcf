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

/** One item of the list: a cue of the step (its index) or, hidden, one of the sizers (null). */
interface Entry {
  readonly text: string;
  readonly stepIndex: number | null;
}

/**
 * The items in the sizers' order, each cue of the step in its place among them, when the step's
 * cues are all sizers in the same order (a rep phase's or a timed part's are): from one rep phase
 * to the next, the same items with the same words, only marked anew. Else the step's cues, then
 * the other sizers.
 */
function entriesOf(cues: readonly string[], sizers: readonly string[]): Entry[] {
  const positions = cues.map((cue) => sizers.indexOf(cue));
  const inOrder = positions.every((position, index) => position >= 0 && (index === 0 || position > positions[index - 1]!));
  if (inOrder) return sizers.map((text) => ({ text, stepIndex: cues.includes(text) ? cues.indexOf(text) : null }));
  const inStep = new Set(cues);
  return [...cues.map((text, stepIndex) => ({ text, stepIndex })), ...sizers.filter((text) => !inStep.has(text)).map((text) => ({ text, stepIndex: null }))];
}

/**
 * The step's cues in order; the current one stands out (and is marked for screen readers).
 * Memoized: it changes with the cue, not whenever the workout screen re-renders. Keyed by their
 * words, the items stay from one rep phase to the next and only their marks change: a new phase's
 * cue is then a change of colours, which repaints and lays out nothing (its words written into the
 * item laid out the whole screen: 6 to 9 ms every 2 s at a 4× CPU slowdown).
 */
export const CueList = memo(function CueList({ cues, currentIndex, label, sizers = noSizers }: CueListProps) {
  if (cues.length === 0) return null;
  return (
    <ol className="cue-list" aria-label={label}>
      {entriesOf(cues, sizers).map(({ text, stepIndex }, position) =>
        stepIndex === null ? (
          <li key={`${text}|${position}`} className="cue cue-sizer" aria-hidden="true">
            {text}
          </li>
        ) : (
          <li key={`${text}|${position}`} className={stepIndex === currentIndex ? 'cue current' : 'cue'} aria-current={stepIndex === currentIndex ? 'step' : undefined}>
            {text}
          </li>
        ),
      )}
    </ol>
  );
});
