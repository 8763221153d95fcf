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
  /** The user said "Not now" to the current update. */
  readonly updateOfferHidden: boolean;
  readonly installPrompt: InstallPromptEvent | null;
}

// Browser state that only this feature reads (nothing is saved), so the store lives beside it
// rather than in src/stores.
const usePwaStatusStore = create<PwaStatusState>()(() => ({
  update: { kind: 'none' },
  updateOfferHidden: false,
  installPrompt: null,
}));

const set = usePwaStatusStore.setState;

/** The update to offer, or null while there is none or the user said "Not now". */
export const useOfferedUpdate = (): UpdateStatus | null =>
  usePwaStatusStore((state) => (state.update.kind === 'none' || state.updateOfferHidden ? null : state.update));

/** The browser's deferred install prompt, or null where the browser does not offer one. */
export const useInstallPrompt = (): InstallPromptEvent | null => usePwaStatusStore((state) => state.installPrompt);

export const pwaActions = {
  updateWaiting(activate: () => Promise<void>): void {
    set({ update: { kind: 'waiting', activate }, updateOfferHidden: false });
  },
  updateActivated(): void {
    set({ update: { kind: 'activated' }, updateOfferHidden: false });
  },
  /** "Not now": hidden until the next update or the next visit. */
  updatePostponed(): void {
    set({ updateOfferHidden: true });
  },
  installOffered(event: InstallPromptEvent): void {
    set({ installPrompt: event });
  },
  /** A prompt can be shown only once, so the button goes away (the browser may offer again). */
  installPromptShown(): void {
    set({ installPrompt: null });
  },
  appInstalled(): void {
    set({ installPrompt: null });
  },
};

/** For tests: back to a fresh page's state. */
export function resetPwaStatus(): void {
  set({ update: { kind: 'none' }, updateOfferHidden: false, installPrompt: null });
}
