import { useEffect, useRef } from 'react';

export interface PlayerKeyHandlers {
  readonly onPauseToggle: () => void;
  readonly onBack: () => void;
  readonly onSkip: () => void;
  readonly onDone: () => void;
}

/** Elements where Space and Enter already mean something (press a button, type, pick). */
const OWNS_SPACE_AND_ENTER = 'button, a[href], input, select, textarea, summary, [role="button"], [contenteditable="true"]';

/**
 * Space pauses or resumes, ← goes back, → skips, Enter is done. Space and Enter are left to a
 * focused button or field, so pressing "Skip" with Space does not also pause. Off while a dialog
 * is open.
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
      const action =
        event.key === ' ' && !ownsKey ? latest.current.onPauseToggle
        : event.key === 'Enter' && !ownsKey ? latest.current.onDone
        : event.key === 'ArrowLeft' && !target?.closest('input, select, textarea') ? latest.current.onBack
        : event.key === 'ArrowRight' && !target?.closest('input, select, textarea') ? latest.current.onSkip
        : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
