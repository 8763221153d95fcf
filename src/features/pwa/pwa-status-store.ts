import { create } from 'zustand';

/** The part of Chromium's BeforeInstallPromptEvent the app uses (it is not in lib.dom). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

/**
 * Where a new version of the app stands:
 * - `waiting`: it is downloaded and waits; `activate` hands over to it (the page then reloads);
 * - `activated`: it already took over (the user said "Reload" in another tab) while this tab was
 *   on the player, so this tab reloads only when the user asks.
 */
export type UpdateStatus = { kind: 'none' } | { kind: 'waiting'; activate: () => Promise<void> } | { kind: 'activated' };

interface PwaStatusState {
  readonly update: UpdateStatus;
  readonly updatePostponed: boolean;
  readonly installPrompt: InstallPromptEvent | null;
}

// Browser state that only this feature reads, so the store lives beside it (not in src/stores).
const usePwaStatusStore = create<PwaStatusState>()(() => ({
  update: { kind: 'none' },
  updatePostponed: false,
  installPrompt: null,
}));

const set = usePwaStatusStore.setState;

/** The update to offer, or null while there is none or the user said "Not now". */
export const useOfferedUpdate = (): UpdateStatus | null =>
  usePwaStatusStore((state) => (state.update.kind === 'none' || state.updatePostponed ? null : state.update));

/** The browser's deferred install prompt, or null where the browser does not offer one. */
export const useInstallPrompt = (): InstallPromptEvent | null => usePwaStatusStore((state) => state.installPrompt);

export const pwaActions = {
  updateWaiting(activate: () => Promise<void>): void {
    set({ update: { kind: 'waiting', activate }, updatePostponed: false });
  },
  updateActivated(): void {
    set({ update: { kind: 'activated' }, updatePostponed: false });
  },
  /** "Not now": hidden until the next update or the next visit. */
  updatePostponed(): void {
    set({ updatePostponed: true });
  },
  installOffered(event: InstallPromptEvent): void {
    set({ installPrompt: event });
  },
  /** The prompt can be shown once; after that (or once installed) the button goes away. */
  installPromptUsed(): void {
    set({ installPrompt: null });
  },
};

/** For tests: back to a fresh page's state. */
export function resetPwaStatus(): void {
  set({ update: { kind: 'none' }, updatePostponed: false, installPrompt: null });
}
