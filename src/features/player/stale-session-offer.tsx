import { useEffect, useRef } from 'react';

interface StaleSessionOfferProps {
  readonly routineName: string;
  readonly savedAtMs: number;
  readonly onSaveAsFinished: () => void;
  readonly onDiscard: () => void;
}

/** A workout left for more than 6 hours is not resumed as if no time had passed; the user decides. */
export function StaleSessionOffer({ routineName, savedAtMs, onSaveAsFinished, onDiscard }: StaleSessionOfferProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const when = new Date(savedAtMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="stale-offer">
      <h2 ref={heading} tabIndex={-1}>
        An unfinished workout
      </h2>
      <p>
        You stopped “{routineName}” on {when}. That was too long ago to carry on where you left off.
      </p>
      <div className="summary-actions">
        <button type="button" className="button primary" onClick={onSaveAsFinished}>
          Save it as finished
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard it
        </button>
      </div>
      <p className="pre-start-hint">“Save it as finished” records what you did up to then on this device.</p>
    </div>
  );
}
