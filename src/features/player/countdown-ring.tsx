import { useState, type CSSProperties } from 'react';
import { clockText, countdownSeconds, spokenDuration } from './format-time';
import './countdown-ring.css';

interface CountdownRingProps {
  /** Changes whenever the ring must start over: a new step, an extension. */
  readonly animationKey: string;
  /** null: an open-ended hold, shown as a stopwatch counting up. */
  readonly durationMs: number | null;
  readonly elapsedMs: number;
  readonly remainingMs: number | null;
  readonly paused: boolean;
}

interface RingProps {
  readonly durationMs: number;
  readonly elapsedMs: number;
  readonly paused: boolean;
}

/**
 * The ring drains by a CSS animation whose length is the step's duration, started part-way
 * through (a negative delay) and paused with the session, so the browser animates it without a
 * React render per frame. The delay is fixed when the ring mounts: later renders, once a second,
 * must not move the animation. With reduced motion the ring is a still arc updated each second.
 */
function DrainingRing({ durationMs, elapsedMs, paused }: RingProps) {
  const [startDelayMs] = useState(() => -elapsedMs);
  const fractionLeft = durationMs > 0 ? Math.max(0, 1 - elapsedMs / durationMs) : 0;
  const style = {
    animationDuration: `${durationMs}ms`,
    animationDelay: `${startDelayMs}ms`,
    animationPlayState: paused ? 'paused' : 'running',
    '--ring-still-offset': `${(1 - fractionLeft) * 100}`,
  } as CSSProperties;
  return <circle className="ring-progress draining" cx="50" cy="50" r="45" pathLength={100} style={style} />;
}

export function CountdownRing({ animationKey, durationMs, elapsedMs, remainingMs, paused }: CountdownRingProps) {
  const counting = remainingMs !== null;
  const seconds = counting ? countdownSeconds(remainingMs) : Math.floor(elapsedMs / 1000);
  return (
    <div className={`countdown${paused ? ' is-paused' : ''}`}>
      <svg className="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle className="ring-track" cx="50" cy="50" r="45" />
        {durationMs !== null && durationMs > 0 ? (
          <DrainingRing key={animationKey} durationMs={durationMs} elapsedMs={elapsedMs} paused={paused} />
        ) : (
          <circle className="ring-progress stopwatch" cx="50" cy="50" r="45" pathLength={100} />
        )}
      </svg>
      <p className="countdown-digits" role="timer" aria-label={counting ? `Time left: ${spokenDuration(seconds)}` : `Time held: ${spokenDuration(seconds)}`}>
        {clockText(seconds * 1000)}
      </p>
    </div>
  );
}
