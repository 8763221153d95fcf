import { create } from 'zustand';
import { safeStorage } from './persistence/safe-storage';

/**
 * Whether the user has dismissed the first-visit note (what Upright is, not medical advice). It
 * is remembered on the device so the note greets a new user once, not on every visit.
 *
 * Why not `persist` + validatedStorage like the other stores: the note is on the home page's
 * first paint, and that pair (with valibot) added about 4 kB gzipped to the first load, which
 * has a tight budget (scripts/bundle-budget.mjs). One boolean is checked by hand instead, in
 * the same `{ state, version }` shape persist writes. Anything unreadable counts as "not
 * dismissed": the worst case is seeing the note once more, which needs no warning.
 */
export const FIRST_VISIT_STORAGE_KEY = 'upright:first-visit';
const STORAGE_VERSION = 1;

interface FirstVisitState {
  readonly noteDismissed: boolean;
}

function readNoteDismissed(): boolean {
  try {
    const stored = JSON.parse(safeStorage.getItem(FIRST_VISIT_STORAGE_KEY) ?? 'null') as { state?: { noteDismissed?: unknown }; version?: unknown } | null;
    return stored?.version === STORAGE_VERSION && stored.state?.noteDismissed === true;
  } catch {
    return false;
  }
}

const useFirstVisitStore = create<FirstVisitState>()(() => ({ noteDismissed: readNoteDismissed() }));

export const firstVisitActions = {
  firstVisitNoteDismissed(): void {
    useFirstVisitStore.setState({ noteDismissed: true });
    safeStorage.setItem(FIRST_VISIT_STORAGE_KEY, JSON.stringify({ state: { noteDismissed: true }, version: STORAGE_VERSION }));
  },
};

export const useFirstVisitNoteDismissed = (): boolean => useFirstVisitStore((state) => state.noteDismissed);

/** For tests: a new user again (storage is cleared separately). */
export function resetFirstVisitStore(): void {
  useFirstVisitStore.setState({ noteDismissed: false });
}
