import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { dayNumber, localDayKey, weekStartOf, type Weekday } from '../../stores/history-calendar';
import type { ListedWorkout } from '../../stores/history-reads';
import { historyActions, type DeletedWorkout } from '../../stores/history-store';
import { formatDay } from './history-format';
import type { WorkoutPages } from './use-history-data';
import { WorkoutItem } from './workout-item';

interface WeekGroup {
  readonly weekStart: number;
  readonly workouts: ListedWorkout[];
}

/** Consecutive workouts (newest first) of one local week together. */
function groupByWeek(workouts: readonly ListedWorkout[], firstDay: Weekday): WeekGroup[] {
  const groups: WeekGroup[] = [];
  for (const listed of workouts) {
    const weekStart = weekStartOf(dayNumber(localDayKey(listed.workout.startedAtMs)), firstDay);
    const last = groups[groups.length - 1];
    if (last?.weekStart === weekStart) last.workouts.push(listed);
    else groups.push({ weekStart, workouts: [listed] });
  }
  return groups;
}

interface Undoable {
  readonly deleted: DeletedWorkout;
  readonly routine: string;
  readonly date: string;
}

/** Loads the next page when the end of the list scrolls into view (the button does the same by keyboard). */
function useLoadOnScroll(pages: WorkoutPages) {
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasOlder, loadOlder } = pages;
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasOlder || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && loadOlder(), { rootMargin: '400px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasOlder, loadOlder]);
  return sentinel;
}

/** The workouts, newest first, by week; delete one, with Undo. */
interface WorkoutListProps {
  readonly pages: WorkoutPages;
  /** Week's first day number → workouts that week (all of them, not only those loaded); null while loading. */
  readonly weekCounts: ReadonlyMap<number, number> | null;
  readonly firstDay: Weekday;
}

export function WorkoutList({ pages, weekCounts, firstDay }: WorkoutListProps) {
  const t = useT();
  const language = useLanguage();
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const statusText = useRef<HTMLParagraphElement>(null);
  const focusNext = useRef<'undo' | 'status' | null>(null);
  const sentinel = useLoadOnScroll(pages);
  // The pressed button goes away with its workout: focus moves to Undo, and after Undo to what it did.
  useLayoutEffect(() => {
    const target = focusNext.current === 'undo' ? undoButton.current : focusNext.current === 'status' ? statusText.current : null;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const onDelete = async (id: string, routine: string, date: string) => {
    setBusy(true);
    const deleted = await historyActions.workoutDeleted(id);
    setBusy(false);
    if (!deleted) return;
    setUndoable({ deleted, routine, date });
    setMessage(t('history.workout.deleted', { routine, date }));
    focusNext.current = 'undo';
  };
  const onUndo = async () => {
    if (!undoable) return;
    setBusy(true);
    await historyActions.deletedWorkoutRestored(undoable.deleted);
    setBusy(false);
    setMessage(t('history.workout.restored', { routine: undoable.routine, date: undoable.date }));
    setUndoable(null);
    focusNext.current = 'status';
  };

  return (
    <section aria-labelledby="history-list-title" className="history-list">
      <h2 id="history-list-title">{t('history.list.title')}</h2>
      <div className="history-undo">
        <p role="status" ref={statusText} tabIndex={-1}>
          {message}
        </p>
        {undoable && (
          <button ref={undoButton} type="button" className="button" disabled={busy} onClick={() => void onUndo()}>
            {t('history.workout.undo')}
          </button>
        )}
      </div>
      {pages.status === 'failed' && <p role="alert">{t('history.list.failed')}</p>}
      {pages.status !== 'loading' && pages.workouts.length === 0 && <p>{t('history.list.empty')}</p>}
      {groupByWeek(pages.workouts, firstDay).map((group) => (
        <section key={group.weekStart} aria-labelledby={`history-week-${group.weekStart}`} className="history-week">
          <h3 id={`history-week-${group.weekStart}`}>
            {t('history.list.week', { date: formatDay(group.weekStart, 'short', language) })}
            {weekCounts && (
              <span className="history-hint">
                {' · '}
                {t('history.list.weekCount', { count: weekCounts.get(group.weekStart) ?? group.workouts.length })}
              </span>
            )}
          </h3>
          {group.workouts.map((listed) => (
            <WorkoutItem key={listed.id} workout={listed.workout} busy={busy} onDelete={(routine, date) => void onDelete(listed.id, routine, date)} />
          ))}
        </section>
      ))}
      <div ref={sentinel} />
      {pages.hasOlder && (
        <button type="button" className="button" disabled={pages.status === 'loading-older'} onClick={pages.loadOlder}>
          {t(pages.status === 'loading-older' ? 'history.list.loadingOlder' : 'history.list.older')}
        </button>
      )}
      {!pages.hasOlder && pages.workouts.length > 0 && <p className="history-hint">{t('history.list.end')}</p>}
    </section>
  );
}
