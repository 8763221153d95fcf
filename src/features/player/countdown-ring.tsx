import { memo, useRef, useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { useReducedMotion } from '../../shared/figure/use-reduced-motion';
import { setStyleIfChanged, setTextIfChanged, useEverySecond } from './display-clock';
import { useScaledRingFace } from './use-scaled-ring-face';
import { countdownSeconds, timerLabel } from './format-time';
import './countdown-ring.css';

interface CountdownRingProps {
  /** Changes whenever the ring must start over: a new step, an extension. */
  readonly animationKey: string;
  /** null: an open-ended hold, shown as a stopwatch counting up. */
  readonly durationMs: number | null;
  readonly elapsedMs: number;
  readonly remainingMs: number | null;
  readonly paused: boolean;
  /** Drawn in the ring's hole, below the digits (the exercise's figure). */
  readonly children?: ReactNode;
  /**
   * The step's time at any moment: the digits and the timer's name follow it at each displayed
   * second without a render (see useEverySecond). Without it they show the times given.
   */
  readonly timeAt?: (nowMs: number) => StepTime;
}

/** A step's time: what is left of it (null for an open-ended hold, which counts up) and what has passed, ms. */
export interface StepTime {
  readonly remainingMs: number | null;
  readonly elapsedMs: number;
}

interface RingProps {
  readonly durationMs: number;
  readonly elapsedMs: number;
  readonly paused: boolean;
}

/**
 * The ring drains by CSS animations of `transform` and `opacity` only (a half-disc that turns
 * once over the step, and a half that swaps at the midpoint), which the compositor runs without
 * a style recalculation or a React render per frame. An SVG `stroke-dashoffset` animation looked
 * the same but cost the main thread a style pass every frame (3.5 % of a core, measured).
 * The animations start part-way through (a negative delay fixed at mount: the once-a-second
 * renders must not move them) and pause with the session. With reduced motion the ring is one
 * still pie instead (see StillRing).
 */
const DrainingRing = memo(function DrainingRing({ durationMs, elapsedMs, paused }: RingProps) {
  const [startDelayMs] = useState(() => -elapsedMs);
  const style = {
    '--ring-duration': `${durationMs}ms`,
    '--ring-delay': `${startDelayMs}ms`,
    '--ring-play-state': paused ? 'paused' : 'running',
  } as CSSProperties;
  return (
    <div className="ring-drain" style={style}>
      <div className="ring-half ring-spinner" />
      <div className="ring-half ring-filler" />
      <div className="ring-half ring-mask" />
    </div>
  );
}, sameRing);

/**
 * The elapsed part of a step's whole seconds as it moves with reduced motion: a step a second, at
 * the moments the digits change, ending with the step (2.5 s: 0, ⅓ at 0.5 s, ⅔ at 1.5 s, all at 2.5 s).
 */
function elapsedTurn(durationMs: number, remainingMs: number): string {
  const wholeSeconds = Math.max(1, Math.ceil(durationMs / 1000));
  return Math.min(1, Math.max(0, 1 - countdownSeconds(remainingMs) / wholeSeconds)).toFixed(4);
}

/**
 * With reduced motion: the elapsed part as one pie (a conic gradient over the accent disc), set
 * at each displayed second with the digits, in their frame. The three half-discs' step animations
 * cost a style pass of them at every second, two more frames when each step began (the
 * animations starting on the compositor) and the styling of four new elements at every step:
 * about 1.5 ms a second and 8 ms a step at a 4× CPU slowdown. Here a second restyles one element.
 */
function StillRing({ turn, pie }: { turn: string; pie: Ref<HTMLDivElement> }) {
  return <div className="ring-elapsed" ref={pie} style={{ '--ring-elapsed': turn } as CSSProperties} />;
}

/** The elapsed time counts only at mount (see above): a new second alone renders nothing here. */
function sameRing(previous: RingProps, next: RingProps): boolean {
  return previous.durationMs === next.durationMs && previous.paused === next.paused;
}

/** The seconds shown, and the timer's name for them. */
function shownTime({ remainingMs, elapsedMs }: StepTime, t: ReturnType<typeof useT>, language: ReturnType<typeof useLanguage>) {
  const counting = remainingMs !== null;
  const seconds = counting ? countdownSeconds(remainingMs) : Math.floor(elapsedMs / 1000);
  return { digits: formatDuration(seconds * 1000, 'clock', language), label: timerLabel(seconds, counting, t) };
}

export function CountdownRing({ animationKey, durationMs, elapsedMs, remainingMs, paused, children, timeAt }: CountdownRingProps) {
  const t = useT();
  const language = useLanguage();
  const shown = shownTime({ remainingMs, elapsedMs }, t, language);
  const timer = useRef<HTMLParagraphElement>(null);
  const digits = useRef<SVGTextElement>(null);
  const countdown = useRef<HTMLDivElement>(null);
  const face = useRef<HTMLDivElement>(null);
  const pie = useRef<HTMLDivElement>(null);
  const reducedMotion = useReducedMotion();
  const draining = durationMs !== null && durationMs > 0;
  useScaledRingFace(countdown, face);
  useEverySecond((nowMs) => {
    if (!timeAt) return;
    const time = timeAt(nowMs);
    const now = shownTime(time, t, language);
    setTextIfChanged(digits.current, now.digits);
    if (timer.current && timer.current.getAttribute('aria-label') !== now.label) timer.current.setAttribute('aria-label', now.label);
    if (pie.current && draining && time.remainingMs !== null) setStyleIfChanged(pie.current, '--ring-elapsed', elapsedTurn(durationMs, time.remainingMs));
  });
  return (
    <div className={`countdown${paused ? ' is-paused' : ''}`} ref={countdown}>
      {/* Laid out at one size and scaled to the countdown's (see useScaledRingFace). */}
      <div className="countdown-face" ref={face}>
        <div className="ring" aria-hidden="true">
          {draining &&
            (reducedMotion ? (
              <StillRing turn={elapsedTurn(durationMs, remainingMs ?? durationMs)} pie={pie} />
            ) : (
              <DrainingRing key={animationKey} durationMs={durationMs} elapsedMs={elapsedMs} paused={paused} />
            ))}
          <div className="ring-hole" />
        </div>
        {/*
          The digits are SVG text: an SVG is laid out on its own, so the new second relays out
          nothing around it (as HTML text at a size from the ring it cost a layout of the whole
          stage every second: 1.5 ms, 6 ms on a slow phone). Its viewBox scales it with the ring.
        */}
        <p className="countdown-digits" role="timer" aria-label={shown.label} ref={timer}>
          <svg className="countdown-digits-svg" viewBox="0 0 100 100" aria-hidden="true">
            <text x="50" y="50" ref={digits}>
              {shown.digits}
            </text>
          </svg>
        </p>
        {children}
      </div>
    </div>
  );
}
