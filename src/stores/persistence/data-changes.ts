/**
 * Tells the other open tabs what this tab changed in the user's data, so they update in place
 * without a reload. Only the fact of a change travels (which store, which ids); each tab reads
 * the changed rows from IndexedDB itself, so a message can never carry stale data over fresh.
 * BroadcastChannel does not deliver a message to the tab that sent it.
 */
export type DataChange =
  | { readonly store: 'workouts'; readonly ids: readonly string[] }
  /** A best removed or put back by hand (ids: exercise ids); bests a workout raised come with 'workouts'. */
  | { readonly store: 'bests'; readonly ids: readonly string[] }
  | { readonly store: 'routines'; readonly ids: readonly string[] }
  | { readonly store: 'drafts'; readonly keys: readonly string[] };

type Listener = (change: DataChange) => void;

const CHANNEL_NAME = 'upright:data';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  channel?.addEventListener('message', (event: MessageEvent<DataChange>) => {
    for (const listener of listeners) listener(event.data);
  });
  return channel;
}

export const dataChanges = {
  /** After a transaction that changed `change` has completed. */
  announce(change: DataChange): void {
    try {
      openChannel()?.postMessage(change);
    } catch {
      // A closed channel (the page is going away) loses the news, never the change itself: the
      // other tabs read the database again when they next load.
    }
  },
  subscribe(listener: Listener): () => void {
    openChannel();
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
