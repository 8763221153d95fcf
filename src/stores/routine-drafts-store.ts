import * as v from 'valibot';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { levelSchema, routineRegionSchema } from '../catalog/schema';
import { validatedStorage } from './persistence/validated-storage';

/**
 * Unsaved work in the routine builder, kept on the device so that leaving the builder (a tap on
 * the navigation, a reload, a closed tab) never loses what the user typed. The router runs in
 * declarative mode, which cannot block navigation, so the builder keeps drafts instead of
 * asking. Fields are the raw text the user typed: a half-typed "1." is a draft, not an error.
 */
const fieldText = v.pipe(v.string(), v.maxLength(1000));

const draftItemSchema = v.object({
  /** Stable identity for React and drag and drop; not saved with the routine. */
  key: v.pipe(v.string(), v.maxLength(100)),
  exerciseId: v.pipe(v.string(), v.maxLength(200)),
  sets: fieldText,
  seconds: fieldText,
  reps: fieldText,
  holdSeconds: fieldText,
  restBetweenSetsSeconds: fieldText,
  restAfterSeconds: fieldText,
  sides: v.picklist(['both', 'right', 'left']),
});

const routineDraftSchema = v.object({
  name: fieldText,
  purpose: fieldText,
  region: routineRegionSchema,
  level: levelSchema,
  notes: v.pipe(v.array(fieldText), v.maxLength(50)),
  items: v.pipe(v.array(draftItemSchema), v.maxLength(200)),
});

const savedDraftSchema = v.object({
  draft: routineDraftSchema,
  /** The content the editing started from, to tell whether anything changed. */
  baseline: v.pipe(v.string(), v.maxLength(200_000)),
});

export type DraftItem = v.InferOutput<typeof draftItemSchema>;
export type RoutineDraft = v.InferOutput<typeof routineDraftSchema>;
export type SavedDraft = v.InferOutput<typeof savedDraftSchema>;

interface RoutineDraftsState {
  /** Keyed by what is being edited: 'new', 'copy-of:<id>' or a custom routine's id. */
  readonly drafts: Readonly<Record<string, SavedDraft>>;
}

const STORAGE_VERSION = 1;

const useRoutineDraftsStore = create<RoutineDraftsState>()(
  persist(() => ({ drafts: {} as Readonly<Record<string, SavedDraft>> }), {
    name: 'upright:routine-drafts',
    version: STORAGE_VERSION,
    storage: validatedStorage({
      schema: v.object({ drafts: v.record(v.pipe(v.string(), v.maxLength(200)), savedDraftSchema) }),
      version: STORAGE_VERSION,
      label: 'Your unsaved routine changes',
    }),
  }),
);

const set = useRoutineDraftsStore.setState;

export const routineDraftActions = {
  draftEdited(draftKey: string, saved: SavedDraft): void {
    set((state) => ({ drafts: { ...state.drafts, [draftKey]: saved } }));
  },
  /** Saved or thrown away: either way the draft is done. */
  draftClosed(draftKey: string): void {
    set((state) => {
      if (!Object.hasOwn(state.drafts, draftKey)) return state;
      const { [draftKey]: _closed, ...rest } = state.drafts;
      return { drafts: rest };
    });
  },
};

export const useRoutineDraft = (draftKey: string): SavedDraft | undefined =>
  useRoutineDraftsStore((state) => (Object.hasOwn(state.drafts, draftKey) ? state.drafts[draftKey] : undefined));

/** Keys of the drafts kept, for "continue editing" links. */
export const useRoutineDraftKeys = (): readonly string[] => useRoutineDraftsStore(useShallow((state) => Object.keys(state.drafts)));

export const getRoutineDraft = (draftKey: string): SavedDraft | undefined => {
  const { drafts } = useRoutineDraftsStore.getState();
  return Object.hasOwn(drafts, draftKey) ? drafts[draftKey] : undefined;
};

/** For tests: no drafts. */
export function resetRoutineDraftsStore(): void {
  set({ drafts: {} });
}
