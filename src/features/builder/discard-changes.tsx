import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';

interface DiscardChangesProps {
  readonly dirty: boolean;
  readonly isNew: boolean;
  readonly onDiscard: () => void;
}

/** "Discard changes", asked twice: the second tap is the confirmation. */
export function DiscardChanges({ dirty, isNew, onDiscard }: DiscardChangesProps) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const t = useT();
  if (!dirty) {
    return (
      <button type="button" onClick={() => navigate(paths.myRoutines())}>
        {t('manage.backToMyRoutines')}
      </button>
    );
  }
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('manage.builder.discard')}
      </button>
    );
  }
  return (
    <div className="discard-confirm" role="group" aria-label={t('manage.builder.discardQuestion')}>
      <span>{t('manage.builder.discardQuestion')}</span>
      <button
        type="button"
        className="danger"
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the question just appeared where the user tapped
        autoFocus
        onClick={() => {
          onDiscard();
          setAsking(false);
          if (isNew) navigate(paths.myRoutines());
        }}
      >
        {t('manage.builder.discardYes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('manage.builder.keepEditing')}
      </button>
    </div>
  );
}
