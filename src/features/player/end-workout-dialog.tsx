import { useEffect, useRef } from 'react';

interface EndWorkoutDialogProps {
  readonly open: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before ending: a modal <dialog>, so focus moves into it, stays there, and Escape cancels.
 * "Keep going" is focused first: the safe choice for a stray tap.
 */
export function EndWorkoutDialog({ open, onConfirm, onCancel }: EndWorkoutDialogProps) {
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
      <h2 id="end-workout-title">End this workout?</h2>
      <p id="end-workout-text">The workout is paused while you decide. What you have done so far is recorded on this device.</p>
      <div className="dialog-actions">
        <button type="button" ref={keepGoing} className="button" onClick={onCancel}>
          Keep going
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          End workout
        </button>
      </div>
    </dialog>
  );
}
