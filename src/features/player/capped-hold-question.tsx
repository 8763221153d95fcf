import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { SessionRecord } from '../../engine/types';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { historyActions, type PersonalBest } from '../../stores/history-store';

interface CappedHoldQuestionProps {
  readonly record: SessionRecord;
  /** Index in `record.maxHolds` of a hold its cap ended. */
  readonly holdIndex: number;
  /** "Prone chest raise" or, with several capped holds of it, "Prone chest raise, hold 2". */
  readonly holdName: string;
  readonly onNewBest: (best: PersonalBest) => void;
}

type Answer = 'open' | 'saving' | 'counted' | 'not-counted' | 'failed';

/**
 * A hold that ran into its cap without a tap may be a phone left running: it is no best until
 * the user says they held the whole time. "Yes" updates the stored workout and the best together.
 */
export function CappedHoldQuestion({ record, holdIndex, holdName, onNewBest }: CappedHoldQuestionProps) {
  const t = useT();
  const language = useLanguage();
  const [answer, setAnswer] = useState<Answer>('open');
  const answerText = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  // The buttons go away with the answer: focus moves to what it did, not to the page's start.
  // A layout effect: focus moves in the commit that removes the buttons, never via <body>.
  useLayoutEffect(() => {
    if (answer !== 'open' && answer !== 'saving') answerText.current?.focus();
  }, [answer]);
  const hold = record.maxHolds[holdIndex];
  if (!hold) return null;
  const time = formatDuration(hold.heldMs, 'clock', language);
  const onYes = async () => {
    setAnswer('saving');
    const outcome = await historyActions.cappedHoldConfirmed(record, holdIndex);
    if (!outcome.saved) return setAnswer('failed');
    if (outcome.newBest) onNewBest(outcome.newBest);
    setAnswer('counted');
  };
  if (answer === 'counted' || answer === 'not-counted') {
    return (
      <p ref={answerText} tabIndex={-1} className="capped-hold-answer">
        {answer === 'counted' ? t('player.summary.capped.counted', { exercise: holdName, time }) : t('player.summary.capped.notCounted', { exercise: holdName })}
      </p>
    );
  }
  return (
    <div role="group" aria-labelledby={titleId} className="capped-hold">
      <p id={titleId}>
        {t('player.summary.capped.ranToCap', { exercise: holdName, time })} <strong>{t('player.summary.capped.question', { time })}</strong>
      </p>
      {answer === 'failed' && (
        <p ref={answerText} tabIndex={-1} role="alert">
          {t('player.summary.capped.failed')}
        </p>
      )}
      <div className="summary-actions">
        <button type="button" className="button" disabled={answer === 'saving'} onClick={() => void onYes()}>
          {t('player.summary.capped.yes')}
        </button>
        <button type="button" className="button" disabled={answer === 'saving'} onClick={() => setAnswer('not-counted')}>
          {t('player.summary.capped.no')}
        </button>
      </div>
    </div>
  );
}
