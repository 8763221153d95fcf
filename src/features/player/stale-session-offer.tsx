import { useEffect, useRef } from 'react';
import { formatDate, formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

interface StaleSessionOfferProps {
  readonly routineName: string;
  readonly savedAtMs: number;
  /** Time with the workout running up to its last active moment, pauses excluded, ms. */
  readonly activeMs: number;
  readonly onStartAgain: () => void;
  readonly onSaveWhatWasDone: () => void;
  readonly onDiscard: () => void;
}

/** A workout left for more than 6 hours is not resumed as if no time had passed; the user decides. */
export function StaleSessionOffer({ routineName, savedAtMs, activeMs, onStartAgain, onSaveWhatWasDone, onDiscard }: StaleSessionOfferProps) {
  const t = useT();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const when = formatDate(savedAtMs, 'day-and-time', language);
  return (
    <div className="stale-offer">
      <h2 ref={heading} tabIndex={-1}>
        {t('player.stale.title')}
      </h2>
      <p>{t('player.stale.text', { routine: routineName, when })}</p>
      <p>{t('player.stale.done', { time: formatDuration(activeMs, 'clock', language) })}</p>
      <div className="summary-actions">
        <button type="button" className="button primary" onClick={onStartAgain}>
          {t('player.stale.again')}
        </button>
        <button type="button" className="button" onClick={onSaveWhatWasDone}>
          {t('player.stale.save')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('player.stale.discard')}
        </button>
      </div>
      <p className="pre-start-hint">{t('player.stale.hint')}</p>
    </div>
  );
}
