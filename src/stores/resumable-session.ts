import { useSyncExternalStore } from 'react';
import { safeStorage } from './persistence/safe-storage';

/**
 * "Resume workout" for the home page, kept light: it reads only the small summary saved beside
 * the running session and never loads the engine (the home page has a tight size budget). The
 * session store (session-store.ts) writes the blob and calls `resumableSessionChanged`.
 */
export const SESSION_STORAGE_KEY = 'upright:session';

/** After this long without activity a workout is not resumed: it is offered as finished or discarded. */
export const STALE_SESSION_AFTER_MS = 6 * 60 * 60 * 1000;

/** What the home page needs of the saved workout (saved-session.ts writes the whole of it). */
export interface SavedSessionSummary {
  /** Where the player for this workout lives (paths.player / paths.playExercise). */
  readonly playerPath: string;
  readonly routineName: string;
  /** The last step change or control action, wall ms. */
  readonly savedAtMs: number;
}

export interface ResumableSession {
  readonly routineName: string;
  /** Link here to resume (or, when stale, to choose "save as finished" or "discard"). */
  readonly playerPath: string;
  readonly savedAtMs: number;
  /** Older than STALE_SESSION_AFTER_MS at the last check. */
  readonly stale: boolean;
}

/**
 * Reads the summary from the saved value's outer shape, of version 2 or 3 (`{ state, version }`)
 * or version 1 (flat); the session inside is checked when the player resumes it.
 */
export function readSavedSessionSummary(raw: string | null): SavedSessionSummary | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; state?: Partial<SavedSessionSummary> } & Partial<SavedSessionSummary>;
    const blob = parsed?.version === 2 || parsed?.version === 3 ? parsed.state : parsed?.version === 1 ? parsed : null;
    const valid =
      !!blob &&
      typeof blob.playerPath === 'string' &&
      blob.playerPath.startsWith('/play/') &&
      typeof blob.routineName === 'string' &&
      typeof blob.savedAtMs === 'number' &&
      Number.isFinite(blob.savedAtMs);
    return valid ? { playerPath: blob.playerPath!, routineName: blob.routineName!, savedAtMs: blob.savedAtMs! } : null;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: ResumableSession | null = null;

function snapshot(): ResumableSession | null {
  const raw = safeStorage.getItem(SESSION_STORAGE_KEY);
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  const blob = readSavedSessionSummary(raw);
  cached = blob
    ? { routineName: blob.routineName, playerPath: blob.playerPath, savedAtMs: blob.savedAtMs, stale: Date.now() - blob.savedAtMs > STALE_SESSION_AFTER_MS }
    : null;
  return cached;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab may start or end a workout.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Called by the session store after it saves or clears the running session. */
export function resumableSessionChanged(): void {
  for (const listener of listeners) listener();
}

/** The unfinished workout saved on this device, or null. */
export function useResumableSession(): ResumableSession | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
