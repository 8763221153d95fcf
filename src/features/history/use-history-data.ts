import { useCallback, useEffect, useRef, useState } from 'react';
import { countsByDayNumber } from '../../stores/history-calendar';
import { readDayCounts, readWorkoutPage, type ListedWorkout } from '../../stores/history-reads';
import { useHistoryRevision } from '../../stores/history-store';

export interface DayCounts {
  /** Day number (history-calendar.ts) → workouts that day. */
  readonly byDay: ReadonlyMap<number, number>;
  /** When they were read: "today" for the streaks and the calendar. */
  readonly readAtMs: number;
}

/** Workouts per local day from the per-day summary, read again after every change of the history; null while loading. */
export function useDayCounts(): DayCounts | null {
  const revision = useHistoryRevision();
  const [counts, setCounts] = useState<DayCounts | null>(null);
  useEffect(() => {
    let current = true;
    readDayCounts()
      .then((byKey) => current && setCounts({ byDay: countsByDayNumber(byKey), readAtMs: Date.now() }))
      .catch(() => current && setCounts({ byDay: new Map(), readAtMs: Date.now() }));
    return () => {
      current = false;
    };
  }, [revision]);
  return counts;
}

/** Workouts read at a time: more than a phone's first screen shows, little enough to draw in one frame. */
export const PAGE_SIZE = 10;

export interface WorkoutPages {
  readonly workouts: readonly ListedWorkout[];
  readonly setAside: number;
  readonly status: 'loading' | 'ready' | 'loading-older' | 'failed';
  readonly hasOlder: boolean;
  readonly loadOlder: () => void;
}

/**
 * The newest workouts, a page at a time: older ones load when asked (scrolling or a button).
 * After a change of the history (this tab's or another's) the pages shown so far are read again.
 */
export function useWorkoutPages(): WorkoutPages {
  const revision = useHistoryRevision();
  const [state, setState] = useState<Omit<WorkoutPages, 'loadOlder'> & { nextBeforeMs: number | null }>({ workouts: [], setAside: 0, status: 'loading', hasOlder: false, nextBeforeMs: null });
  const shown = useRef(PAGE_SIZE);
  const busy = useRef(false);
  // Read at once, not after the store's first load: the page needs only the database.
  useEffect(() => {
    let current = true;
    readWorkoutPage(null, shown.current)
      .then((page) => current && setState({ workouts: page.workouts, setAside: page.setAside, status: 'ready', hasOlder: page.nextBeforeMs !== null, nextBeforeMs: page.nextBeforeMs }))
      .catch(() => current && setState((known) => ({ ...known, status: 'failed' })));
    return () => {
      current = false;
    };
  }, [revision]);
  const loadOlder = useCallback(() => {
    if (busy.current || state.nextBeforeMs === null || state.status !== 'ready') return;
    busy.current = true;
    setState((known) => ({ ...known, status: 'loading-older' }));
    readWorkoutPage(state.nextBeforeMs, PAGE_SIZE)
      .then((page) => {
        shown.current += PAGE_SIZE;
        setState((known) => ({
          workouts: [...known.workouts, ...page.workouts],
          setAside: known.setAside + page.setAside,
          status: 'ready',
          hasOlder: page.nextBeforeMs !== null,
          nextBeforeMs: page.nextBeforeMs,
        }));
      })
      .catch(() => setState((known) => ({ ...known, status: 'failed' })))
      .finally(() => {
        busy.current = false;
      });
  }, [state.nextBeforeMs, state.status]);
  return { workouts: state.workouts, setAside: state.setAside, status: state.status, hasOlder: state.hasOlder, loadOlder };
}
