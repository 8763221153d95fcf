import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { draftFormat, type SavedDraft } from './formats/draft-format';
import { dataChanges } from './persistence/data-changes';
import { userDatabase } from './persistence/user-database';
import { decodeVersioned } from './persistence/versioned-format';

export type { DraftItem, RoutineDraft, SavedDraft } from './formats/draft-format';

/**
 * Unsaved work in the routine builder, one IndexedDB row per thing being edited, so that leaving
 * the builder (a tap on the navigation, a reload, a closed tab) never loses what the user typed.
 * The router runs in declarative mode, which cannot block navigation, so the builder keeps
 * drafts instead of asking. Each edit writes only its own draft: a draft typed in one tab never
 * replaces another draft, and other tabs' "continue editing" links update in place.
 */
interface RoutineDraftsState {
  readonly ready: boolean;
  /** Keyed by what is being edited: 'new', 'copy-of:<id>' or a custom routine's id. */
  readonly drafts: Readonly<Record<string, SavedDraft>>;
}

const useRoutineDraftsStore = create<RoutineDraftsState>()(() => ({ ready: false, drafts: {} }));
const set = useRoutineDraftsStore.setState;

async function reload(): Promise<void> {
  const { database } = await userDatabase();
  const rows = await database.getAll('drafts');
  const drafts: Record<string, SavedDraft> = {};
  for (const row of rows) {
    const decoded = decodeVersioned(draftFormat, row.v, row.data);
    if (decoded.kind === 'ok') drafts[row.key] = decoded.value;
  }
  set({ ready: true, drafts });
}

/**
 * Writes are chained so that a quick series of edits reaches the database in the order typed,
 * each its own small transaction.
 */
let writes: Promise<unknown> = Promise.resolve();
function write(draftKey: string, saved: SavedDraft | null): void {
  writes = writes
    .then(async () => {
      const { database } = await userDatabase();
      if (saved) await database.put('drafts', { key: draftKey, savedAtMs: Date.now(), v: draftFormat.version, data: saved });
      else await database.delete('drafts', draftKey);
      dataChanges.announce({ store: 'drafts', keys: [draftKey] });
    })
    .catch((error: unknown) => {
      // The draft stays in memory for this visit; the storage notice has already said why.
      if (import.meta.env.DEV) console.warn('[storage] draft not saved', error);
    });
}

export const routineDraftActions = {
  draftEdited(draftKey: string, saved: SavedDraft): void {
    set((state) => ({ drafts: { ...state.drafts, [draftKey]: saved } }));
    write(draftKey, saved);
  },
  /** Saved or thrown away: either way the draft is done. */
  draftClosed(draftKey: string): void {
    set((state) => {
      if (!Object.hasOwn(state.drafts, draftKey)) return state;
      const { [draftKey]: _closed, ...rest } = state.drafts;
      return { drafts: rest };
    });
    write(draftKey, null);
  },
};

export const useRoutineDraftsReady = (): boolean => useRoutineDraftsStore((state) => state.ready);

export const useRoutineDraft = (draftKey: string): SavedDraft | undefined =>
  useRoutineDraftsStore((state) => (Object.hasOwn(state.drafts, draftKey) ? state.drafts[draftKey] : undefined));

/** Keys of the drafts kept, for "continue editing" links. */
export const useRoutineDraftKeys = (): readonly string[] => useRoutineDraftsStore(useShallow((state) => Object.keys(state.drafts)));

export const getRoutineDraft = (draftKey: string): SavedDraft | undefined => {
  const { drafts } = useRoutineDraftsStore.getState();
  return Object.hasOwn(drafts, draftKey) ? drafts[draftKey] : undefined;
};

/** Resolves when every edit made so far is stored (tests, and before a page is left on purpose). */
export const draftWritesSettled = (): Promise<unknown> => writes;

/** For tests: no drafts, in the database and in memory. */
export async function resetRoutineDraftsStore(): Promise<void> {
  await writes;
  const { database } = await userDatabase();
  await database.clear('drafts');
  await reload();
}

/** Loaded when the module is first used; then kept in step with other tabs. */
export const routineDraftsLoaded: Promise<void> = reload().catch(() => set({ ready: true }));
dataChanges.subscribe((change) => {
  if (change.store === 'drafts') void writes.then(reload);
});
