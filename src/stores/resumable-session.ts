import { useSyncExternalStore } from 'react';
import { safeStorage } from './persistence/safe-storage';

/**
 * "Resume workout" for the home page, kept light: it reads only the small summary saved beside
 * the running session and never loads the engine (the home page has a tight size budget). The
 * session store (session-store.ts) writes the blob and calls `resumableSessionChanged`.
 */
export const SESSION_STORAGE_KEY = 'upright:session';
/** Where the saved workout stands (session-place.ts), in words for the card, beside the session. */
export const SESSION_PLACE_STORAGE_KEY = 'upright:session:place';

/** After this long without activity a workout is not resumed: it is offered as finished or discarded. */
export const STALE_SESSION_AFTER_MS = 6 * 60 * 60 * 1000;

/** What the home page needs of the saved workout (saved-session.ts writes the whole of it). */
export interface SavedSessionSummary {
  /** Where the player for this workout lives (paths.player / paths.playExercise). */
  readonly playerPath: string;
  readonly routineName: string;
  /** The last step change or control action, wall ms. */
  readonly savedAtMs: number;
  /** Ties the saved place to this session (version 3 saves it). */
  readonly sessionId: string | null;
}

/** Where a saved workout stands, with the words the card needs (written by the session store). */
export interface SessionPlace {
  readonly sessionId: string;
  /** The save it belongs to: a place of an older save is not shown. */
  readonly savedAtMs: number;
  readonly paused: boolean;
  /** In the get-ready of the exercise, in it (a side, a set, a rest between sets), or in the rest before it. */
  readonly where: 'get-ready' | 'exercise' | 'rest';
  /** What the player's timer shows there ("0:20"). */
  readonly timeShown: string;
  /** Whether that is the time left (a countdown) or the time held (an open-ended hold's stopwatch); absent in older saves: left. */
  readonly timeCounts?: 'left' | 'held';
  /** 1-based, of exerciseCount: said when the names are not in the active language. */
  readonly exerciseNumber: number;
  readonly exerciseCount: number;
  /** The language the names are in. */
  readonly language: string;
  readonly exerciseName: string;
  /** The step's side label ("Right leg"); null without a side. */
  readonly sideLabel: string | null;
}

export interface ResumableSession {
  readonly routineName: string;
  /** Link here to resume (or, when stale, to choose "save as finished" or "discard"). */
  readonly playerPath: string;
  readonly savedAtMs: number;
  /** Older than STALE_SESSION_AFTER_MS at the last check. */
  readonly stale: boolean;
  /** Where it stands, when saved with the session; null for older saves. */
  readonly place: SessionPlace | null;
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
    const sessionId = (blob as { sessionId?: unknown } | undefined)?.sessionId;
    return valid ? { playerPath: blob.playerPath!, routineName: blob.routineName!, savedAtMs: blob.savedAtMs!, sessionId: typeof sessionId === 'string' ? sessionId : null } : null;
  } catch {
    return null;
  }
}

const isText = (value: unknown, maxLength = 300): value is string => typeof value === 'string' && value.length <= maxLength;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0 && (value as number) < 1000;

/** The saved place, if it is whole and belongs to this save of this session. */
export function readSessionPlace(raw: string | null, summary: SavedSessionSummary): SessionPlace | null {
  if (!raw || summary.sessionId === null) return null;
  try {
    const place = JSON.parse(raw) as Partial<Record<keyof SessionPlace, unknown>> | null;
    const valid =
      !!place &&
      place.sessionId === summary.sessionId &&
      place.savedAtMs === summary.savedAtMs &&
      typeof place.paused === 'boolean' &&
      (place.where === 'get-ready' || place.where === 'exercise' || place.where === 'rest') &&
      isText(place.timeShown, 12) &&
      (place.timeCounts === undefined || place.timeCounts === 'left' || place.timeCounts === 'held') &&
      isCount(place.exerciseNumber) &&
      isCount(place.exerciseCount) &&
      isText(place.language, 12) &&
      isText(place.exerciseName) &&
      (place.sideLabel === null || isText(place.sideLabel));
    return valid ? (place as SessionPlace) : null;
  } catch {
    return null;
  }
}

/** Called by the session store with each save: where the workout stands now (null when it ended). */
export function sessionPlaceSaved(place: SessionPlace | null): void {
  if (place) safeStorage.setItem(SESSION_PLACE_STORAGE_KEY, JSON.stringify(place));
  else safeStorage.removeItem(SESSION_PLACE_STORAGE_KEY);
}

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedPlaceRaw: string | null | undefined;
let cached: ResumableSession | null = null;

function snapshot(): ResumableSession | null {
  const raw = safeStorage.getItem(SESSION_STORAGE_KEY);
  const placeRaw = safeStorage.getItem(SESSION_PLACE_STORAGE_KEY);
  if (raw === cachedRaw && placeRaw === cachedPlaceRaw) return cached;
  cachedRaw = raw;
  cachedPlaceRaw = placeRaw;
  const blob = readSavedSessionSummary(raw);
  cached = blob
    ? {
        routineName: blob.routineName,
        playerPath: blob.playerPath,
        savedAtMs: blob.savedAtMs,
        stale: Date.now() - blob.savedAtMs > STALE_SESSION_AFTER_MS,
        place: readSessionPlace(placeRaw, blob),
      }
    : null;
  return cached;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab may start or end a workout.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_STORAGE_KEY || event.key === SESSION_PLACE_STORAGE_KEY || event.key === null) listener();
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
