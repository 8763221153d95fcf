import { useLayoutEffect, useRef, useState } from 'react';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { historyActions, usePersonalBest, type RemovedBest } from '../../stores/history-store';

/**
 * The exercise's personal best (bests are kept per exercise, not per side), with Remove: a best
 * can be wrong (a hold ended late), and removing it must be undoable. Removing keeps the workouts;
 * the next hold becomes the best (README "Bests").
 */
export function ExerciseBest({ exerciseId }: { readonly exerciseId: string }) {
  const t = useT();
  const language = useLanguage();
  const best = usePersonalBest(exerciseId);
  const [removed, setRemoved] = useState<RemovedBest | null>(null);
  const [busy, setBusy] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The pressed button goes away: focus moves to the one that takes its place.
  const focusNext = useRef<'remove' | 'undo' | null>(null);
  // The store may bring the best back a render after the undo returns: wait for the button.
  // A layout effect, so focus moves in the commit that shows the button: a passive effect runs
  // later, and in between the focus is on <body> (CI caught a check landing in that gap).
  useLayoutEffect(() => {
    const target = focusNext.current === 'undo' ? undoButton.current : focusNext.current === 'remove' ? removeButton.current : null;
    if (!target || target.disabled) return;
    target.focus();
    focusNext.current = null;
  });

  const onRemove = async () => {
    setBusy(true);
    const done = await historyActions.bestRemoved(exerciseId);
    focusNext.current = 'undo';
    setRemoved(done);
    setBusy(false);
  };
  const onUndo = async () => {
    if (!removed) return;
    setBusy(true);
    await historyActions.removedBestRestored(removed);
    focusNext.current = 'remove';
    setRemoved(null);
    setBusy(false);
  };

  const undoable = !best && removed !== null;
  // Kept while busy: the store forgets the best before the removal returns, and the section (its
  // live region above all) must not go and come back in between.
  if (!best && !undoable && !busy) return null;
  return (
    <section aria-labelledby="best-title" className="exercise-best">
      <h2 id="best-title">{t('browse.best.title')}</h2>
      {best && (
        <p className="exercise-best-value">
          {t('browse.best.value', { time: formatDuration(best.heldMs, 'clock', language) })}{' '}
          <button ref={removeButton} type="button" className="button" disabled={busy} onClick={() => void onRemove()}>
            {t('browse.best.remove')}
          </button>
        </p>
      )}
      <p role="status">{undoable ? t('browse.best.removed') : ''}</p>
      {undoable && (
        <p>
          <button ref={undoButton} type="button" className="button" disabled={busy} onClick={() => void onUndo()}>
            {t('browse.best.undo')}
          </button>
        </p>
      )}
    </section>
  );
}
