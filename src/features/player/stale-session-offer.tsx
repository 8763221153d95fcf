import { useEffect, useRef } from 'react';
import { formatDate } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

interface StaleSessionOfferProps {
  readonly routineName: string;
  readonly savedAtMs: number;
  readonly onSaveAsFinished: () => void;
  readonly onDiscard: () => void;
}

/** A workout left for more than 6 hours is not resumed as if no time had passed; the user decides. */
export function StaleSessionOffer({ routineName, savedAtMs, onSaveAsFinished, onDiscard }: StaleSessionOfferProps) {
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
      <div className="summary-actions">
        <button type="button" className="button primary" onClick={onSaveAsFinished}>
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
