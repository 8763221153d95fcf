import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * `value`, one painted frame late: what it changes is rendered, laid out and painted in a frame of
 * its own, after the frame of the change that caused it. For costly parts that may lag a frame,
 * such as the player's cues and figure: rendered with the new step (or with useDeferredValue,
 * which still ran before the next frame), their layout joined the step's in one 50 to 90 ms frame
 * on a slow phone. As a transition, their render yields to taps and ticks. Until the first value
 * is painted, `initial`. While `ready` is false it waits (to queue one such part after another).
 * When `now(shown)` holds, `value` at once, in the same render: for a change small enough to lay
 * out in one frame.
 */
export function useValueAfterPaint<T>(value: T, initial: T, ready = true, now: (shown: T) => boolean = never): T {
  const [shown, setShown] = useState(initial);
  const showNow = ready && shown !== value && now(shown);
  // React's pattern for state that follows a prop: this component renders again at once, with it.
  if (showNow) setShown(value);
  const waiting = ready && !showNow && shown !== value;
  useEffect(() => (waiting ? afterNextPaint(() => startTransition(() => setShown(value))) : undefined), [value, waiting]);
  return showNow ? value : shown;
}

const never = (): boolean => false;
