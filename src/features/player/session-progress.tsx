import { useMemo, type CSSProperties } from 'react';
import type { Session } from '../../engine/types';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { useDisplayedView } from './display-clock';

interface SessionProgressProps {
  readonly session: Session;
}

/** Stands in for the time in the translated sentence, so the time can have a box of its own. */
const TIME_MARK = '\uE000';

/**
 * "About 12:34 left", with the time in a box of its own size (its digits, in `ch`): the second
 * changing inside it lays out nothing around it. As plain text in the sentence, each second cost
 * a layout of the whole screen (1.5 ms; 6 ms on a slow phone), as long as the new text itself.
 */
function TimeLeft({ time, sentence }: { time: string; sentence: string }) {
  const [before = '', after = ''] = sentence.split(TIME_MARK);
  const digits = time.replace(/\D/g, '').length;
  const box = { '--time-digits': digits, '--time-separators': time.length - digits } as CSSProperties;
  return (
    <span>
      {before}
      <span className="session-time-left" style={box}>
        {time}
      </span>
      {after}
    </span>
  );
}

/** Where the user is in the whole workout: which exercise of how many, and the time left, at the displayed second. */
export function SessionProgress({ session }: SessionProgressProps) {
  const t = useT();
  const language = useLanguage();
  const { plan, stepIndex } = session;
  const { progress, sessionRemainingMs: remainingMs } = useDisplayedView(session);
  const exerciseNumber = Math.max(1, plan.outline.filter((item) => item.firstStepIndex <= stepIndex).length);
  const percent = Math.round(progress * 100);
  // This renders every second for the time; its sentences change with the exercise and language.
  const whichExercise = useMemo(() => t('player.progress.exercise', { number: exerciseNumber, count: plan.outline.length }), [t, exerciseNumber, plan.outline.length]);
  const leftSentence = useMemo(() => t('player.progress.left', { time: TIME_MARK }), [t]);
  return (
    <div className="session-progress">
      <p className="session-progress-text">
        <span>{whichExercise}</span>
        <TimeLeft time={formatDuration(remainingMs, 'clock', language)} sentence={leftSentence} />
      </p>
      <progress className="session-progress-bar" max={100} value={percent} aria-label={t('player.progress.label')}>
        {percent}%
      </progress>
    </div>
  );
}
