import { useEffect, useRef } from 'react';

export interface PlayerKeyHandlers {
  readonly onPauseToggle: () => void;
  readonly onBack: () => void;
  readonly onSkip: () => void;
  readonly onNextStep: () => void;
  readonly onPreviousStep: () => void;
  readonly onDone: () => void;
}

/** Elements where Space and Enter already mean something (press a button, type, pick). */
const OWNS_SPACE_AND_ENTER = 'button, a[href], input, select, textarea, summary, [role="button"], [contenteditable="true"]';
/** Elements where the arrows move a caret or a choice. */
const OWNS_ARROWS = 'input, select, textarea';

/**
 * Space pauses or resumes, Enter is done; → goes to the next exercise and ← back to this
 * exercise's start (then the previous one); with Shift, the arrows move one step. Space and Enter
 * are left to a focused button or field, so pressing a button with Space does not also pause.
 * Off while a dialog is open.
 */
export function usePlayerKeyboard(handlers: PlayerKeyHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog[open]')) return;
      const ownsKey = !!target?.closest(OWNS_SPACE_AND_ENTER);
      const ownsArrows = !!target?.closest(OWNS_ARROWS);
      const keys = latest.current;
      const action =
        event.key === ' ' && !ownsKey && !event.shiftKey ? keys.onPauseToggle
        : event.key === 'Enter' && !ownsKey && !event.shiftKey ? keys.onDone
        : event.key === 'ArrowLeft' && !ownsArrows ? (event.shiftKey ? keys.onPreviousStep : keys.onBack)
        : event.key === 'ArrowRight' && !ownsArrows ? (event.shiftKey ? keys.onNextStep : keys.onSkip)
        : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
