import { useEffect, useRef, memo } from 'react';
import { useT } from '../../shared/i18n/use-translation';

interface EndWorkoutDialogProps {
  readonly open: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before ending: a modal <dialog>, so focus moves into it, stays there, and Escape cancels.
 * "Keep going" is focused first: the safe choice for a stray tap.
 */
/** Memoized: it changes with its props, not whenever the workout screen re-renders. */
export const EndWorkoutDialog = memo(function EndWorkoutDialog({ open, onConfirm, onCancel }: EndWorkoutDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const keepGoing = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      keepGoing.current?.focus();
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="end-workout-dialog"
      aria-labelledby="end-workout-title"
      aria-describedby="end-workout-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="end-workout-title">{t('player.end.title')}</h2>
      <p id="end-workout-text">{t('player.end.text')}</p>
      <div className="dialog-actions">
        <button type="button" ref={keepGoing} className="button" onClick={onCancel}>
          {t('player.end.keepGoing')}
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {t('player.end.confirm')}
        </button>
      </div>
    </dialog>
  );
});
