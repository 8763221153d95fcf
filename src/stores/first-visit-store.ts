import * as v from 'valibot';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { validatedStorage } from './persistence/validated-storage';

/**
 * Whether the user has dismissed the first-visit note (what Upright is, not medical advice). It
 * is remembered on the device so the note greets a new user once, not on every visit.
 */
interface FirstVisitState {
  readonly noteDismissed: boolean;
}

const STORAGE_VERSION = 1;
const persistedSchema = v.object({ noteDismissed: v.boolean() });

const useFirstVisitStore = create<FirstVisitState>()(
  persist((): FirstVisitState => ({ noteDismissed: false }), {
    name: 'upright:first-visit',
    version: STORAGE_VERSION,
    storage: validatedStorage({ schema: persistedSchema, version: STORAGE_VERSION, label: 'Your welcome note settings' }),
  }),
);

export const firstVisitActions = {
  firstVisitNoteDismissed(): void {
    useFirstVisitStore.setState({ noteDismissed: true });
  },
};

export const useFirstVisitNoteDismissed = (): boolean => useFirstVisitStore((state) => state.noteDismissed);

/** For tests: a new user again (storage is cleared separately). */
export function resetFirstVisitStore(): void {
  useFirstVisitStore.setState({ noteDismissed: false });
}
