import { useMemo, useRef, type CSSProperties, type Ref } from 'react';
import type { Session } from '../../engine/types';
import { viewAt } from '../../engine/view';
import type { Language } from '../../shared/i18n/languages';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { setTextIfChanged, useEverySecond } from './display-clock';

/** Stands in for the time in the translated sentence, so the time can have a box of its own. */
const TIME_MARK = '\uE000';

/** The time left's box: as wide as its digits (each 1ch, tabular figures) and separators. */
function timeBoxSize(time: string): { readonly digits: number; readonly separators: number } {
  const digits = time.replace(/\D/g, '').length;
  return { digits, separators: time.length - digits };
}

/**
 * "About 12:34 left", with the time in a box of its own size (its digits, in `ch`): the second
 * changing inside it lays out nothing around it. As plain text in the sentence, each second cost
 * a layout of the whole screen (1.5 ms; 6 ms on a slow phone), as long as the new text itself.
 */
function TimeLeft({ time, sentence, boxRef }: { time: string; sentence: string; boxRef: Ref<HTMLSpanElement> }) {
  const [before = '', after = ''] = sentence.split(TIME_MARK);
  const size = timeBoxSize(time);
  const box = { '--time-digits': size.digits, '--time-separators': size.separators } as CSSProperties;
  return (
    <span>
      {before}
      <span className="session-time-left" style={box} ref={boxRef}>
        {time}
      </span>
      {after}
    </span>
  );
}

interface SessionProgressProps {
  readonly session: Session;
  /** The time the step is shown at (see display-clock.ts); each displayed second is written in without a render. */
  readonly nowMs: number;
}

/** What the display shows of the whole workout at `nowMs`. */
function progressAt(session: Session, nowMs: number, language: Language) {
  const { progress, sessionRemainingMs } = viewAt(session, nowMs);
  return { time: formatDuration(sessionRemainingMs, 'clock', language), percent: Math.round(progress * 100) };
}

/** Where the user is in the whole workout: which exercise of how many, and the time left, at the displayed second. */
export function SessionProgress({ session, nowMs }: SessionProgressProps) {
  const t = useT();
  const language = useLanguage();
  const { plan, stepIndex } = session;
  const shown = progressAt(session, nowMs, language);
  const exerciseNumber = Math.max(1, plan.outline.filter((item) => item.firstStepIndex <= stepIndex).length);
  // Rendered at each step; its sentences change only with the exercise and the language.
  const whichExercise = useMemo(() => t('player.progress.exercise', { number: exerciseNumber, count: plan.outline.length }), [t, exerciseNumber, plan.outline.length]);
  const leftSentence = useMemo(() => t('player.progress.left', { time: TIME_MARK }), [t]);
  const timeBox = useRef<HTMLSpanElement>(null);
  const bar = useRef<HTMLProgressElement>(null);
  useEverySecond((displayedMs) => {
    const now = progressAt(session, displayedMs, language);
    const box = timeBox.current;
    if (box && box.textContent !== now.time) {
      const size = timeBoxSize(now.time);
      // Its size changes only when its digits do (10:00 to 9:59): its style, only then.
      if (box.style.getPropertyValue('--time-digits') !== String(size.digits)) box.style.setProperty('--time-digits', String(size.digits));
      if (box.style.getPropertyValue('--time-separators') !== String(size.separators)) box.style.setProperty('--time-separators', String(size.separators));
      setTextIfChanged(box, now.time);
    }
    if (bar.current && bar.current.value !== now.percent) {
      bar.current.value = now.percent;
      setTextIfChanged(bar.current, `${now.percent}%`);
    }
  });
  return (
    <div className="session-progress">
      <p className="session-progress-text">
        <span>{whichExercise}</span>
        <TimeLeft time={shown.time} sentence={leftSentence} boxRef={timeBox} />
      </p>
      <progress className="session-progress-bar" max={100} value={shown.percent} aria-label={t('player.progress.label')} ref={bar}>
        {`${shown.percent}%`}
      </progress>
    </div>
  );
}
