import * as v from 'valibot';
import { catalog as englishCatalog } from '../catalog/catalog';
import { planFromEnglishText } from '../engine/english-plan';
import { restoreSessionValue } from '../engine/serialize';
import { closedLog, compactStepRecord, joinSessionParts, sessionCursor, type SessionCursor } from '../engine/session-parts';
import type { Session } from '../engine/types';
import { storageNotices } from '../shared/storage/storage-notices';
import { backupKey, persistedValue } from './persistence/persisted-value';
import { safeStorage } from './persistence/safe-storage';
import { defineFormat } from './persistence/versioned-format';
import { SESSION_STORAGE_KEY } from './resumable-session';

/**
 * The running workout in localStorage, saved lean: the plan once when the workout starts (it is
 * fixed for the workout, and up to 114 kB for the full-back routine), then at each step change
 * or control only the cursor and the new closed step-log entries, in chunks of LOG_CHUNK_SIZE,
 * so no write during a workout is over about 1,500 characters. localStorage rather than
 * IndexedDB: a reload must find the session synchronously, before the first paint, and this is
 * a cursor that one tab owns (session-ownership.ts), not a record that tabs share.
 */
const PLAN_KEY = `${SESSION_STORAGE_KEY}:plan`;
const logKey = (chunk: number) => `${SESSION_STORAGE_KEY}:log:${chunk}`;
const LOG_CHUNK_SIZE = 16;
/** Where a workout that could not be saved any more is remembered, so a reload can say so. */
const LOST_KEY = `${SESSION_STORAGE_KEY}:lost`;

const cursorBlobSchema = v.object({
  /** Ties the parts together: a plan or chunk of another workout is never joined to this cursor. */
  sessionId: v.pipe(v.string(), v.maxLength(300)),
  playerPath: v.pipe(v.string(), v.startsWith('/play/'), v.maxLength(500)),
  routineName: v.pipe(v.string(), v.maxLength(200)),
  savedAtMs: v.pipe(v.number(), v.finite()),
  /** Checked with the whole session once joined (restoreSessionValue). */
  cursor: v.nullable(v.custom<SessionCursor>((value) => typeof value === 'object' && value !== null && Number.isInteger((value as SessionCursor).closedCount))),
  /** A whole session saved by version 1, resumed once and then saved lean. */
  legacySession: v.optional(v.string()),
  /** Set by the migration from version 2: the saved plan holds English text, converted when joined. */
  planForm: v.optional(v.literal('english-text')),
});

type CursorBlob = v.InferOutput<typeof cursorBlobSchema>;

/** Version 1 (Upright 0.1) saved `{ version: 1, playerPath, routineName, savedAtMs, session }` with the whole plan in it. */
const fromVersion1 = (older: unknown): unknown => {
  const old = older as { playerPath?: unknown; routineName?: unknown; savedAtMs?: unknown; session?: unknown };
  return { sessionId: 'legacy', playerPath: old.playerPath, routineName: old.routineName, savedAtMs: old.savedAtMs, cursor: null, legacySession: old.session };
};

/**
 * Version 2 saved the plan with English sentences in it (names, cues, announcements); version 3
 * plans hold phrases and ids, put into words in the user's language. A version-2 workout (and a
 * version-1 one, whose whole session is kept as text) is marked, and its plan converted when the
 * parts are joined (english-plan.ts, against the English catalog); the next save writes it anew.
 */
const fromVersion2 = (older: unknown): unknown => ({ ...(older as object), planForm: 'english-text' });

export const savedSessionFormat = defineFormat<CursorBlob>({ version: 3, schema: cursorBlobSchema, migrations: [fromVersion1, fromVersion2] });

const savedCursor = persistedValue({
  ...savedSessionFormat,
  key: SESSION_STORAGE_KEY,
  // Version 1 had its version inside the value, with no { state } envelope.
  envelope: (parsed) => {
    if (typeof parsed !== 'object' || parsed === null) return null;
    if ('state' in parsed) return { version: (parsed as { version?: unknown }).version, state: (parsed as { state: unknown }).state };
    return 'session' in parsed ? { version: (parsed as { version?: unknown }).version, state: parsed } : null;
  },
  messages: {
    unreadable: 'notice.session.unreadable',
    newer: 'notice.session.newer',
  },
});

export interface LoadedSession {
  readonly session: Session;
  readonly playerPath: string;
  readonly savedAtMs: number;
  /** Saved whole by version 1, or with a plan in English text (version 2): the next save writes its parts. */
  readonly legacy: boolean;
}

export const sessionIdOf = (session: Session) => `${session.startedAtMs}:${session.plan.routineId}`;

function readJson(key: string): unknown {
  try {
    return JSON.parse(safeStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** A session or plan saved with English text, in today's form; a reason when it cannot be converted. */
function fromEnglishText<T>(convert: () => T): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: convert() };
  } catch (error) {
    return { ok: false, reason: `the saved plan could not be converted: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function legacySessionValue(text: string): ReturnType<typeof fromEnglishText<unknown>> {
  return fromEnglishText(() => {
    const session = JSON.parse(text) as { plan?: unknown };
    return { ...session, version: 2, plan: planFromEnglishText(session.plan, englishCatalog) };
  });
}

function joinParts(blob: CursorBlob, nowMs: number): ReturnType<typeof restoreSessionValue> {
  if (blob.legacySession !== undefined) {
    const legacy = legacySessionValue(blob.legacySession);
    return legacy.ok ? restoreSessionValue(legacy.value, nowMs) : legacy;
  }
  const cursor = blob.cursor;
  const plan = readJson(PLAN_KEY) as { sessionId?: unknown; plan?: unknown } | null;
  if (!cursor || plan?.sessionId !== blob.sessionId) return { ok: false, reason: 'the plan is missing' };
  const closed: unknown[] = [];
  for (let chunk = 0; chunk * LOG_CHUNK_SIZE < cursor.closedCount; chunk += 1) {
    const saved = readJson(logKey(chunk)) as { sessionId?: unknown; entries?: unknown } | null;
    if (saved?.sessionId !== blob.sessionId || !Array.isArray(saved.entries)) return { ok: false, reason: `log part ${chunk} is missing` };
    closed.push(...saved.entries);
  }
  if (closed.length < cursor.closedCount) return { ok: false, reason: 'the step log is short' };
  const savedPlan = blob.planForm === 'english-text' ? fromEnglishText(() => planFromEnglishText(plan.plan, englishCatalog)) : { ok: true as const, value: plan.plan as Session['plan'] };
  if (!savedPlan.ok) return savedPlan;
  return restoreSessionValue(joinSessionParts(savedPlan.value, cursor, closed.slice(0, cursor.closedCount)), nowMs);
}

function removeParts(closedCount: number): void {
  safeStorage.removeItem(PLAN_KEY);
  for (let chunk = 0; chunk * LOG_CHUNK_SIZE < closedCount + LOG_CHUNK_SIZE; chunk += 1) safeStorage.removeItem(logKey(chunk));
}

function reportLost(): void {
  const lost = readJson(LOST_KEY) as { routineName?: unknown; savedAtMs?: unknown } | null;
  if (!lost || typeof lost.routineName !== 'string' || typeof lost.savedAtMs !== 'number') return;
  storageNotices.report({ key: LOST_KEY, message: { key: 'notice.session.lost', values: { routine: lost.routineName }, dates: { when: lost.savedAtMs } }, rawValue: null });
  safeStorage.removeItem(LOST_KEY);
}

/** The saved running or paused workout, checked; null when there is none that can be resumed (and then the user is told why). */
export function loadSavedSession(nowMs: number): LoadedSession | null {
  reportLost();
  const blob = savedCursor.read();
  if (!blob) return null;
  const restored = joinParts(blob, nowMs);
  if (restored.ok && (restored.session.status === 'running' || restored.session.status === 'paused')) {
    return { session: restored.session, playerPath: blob.playerPath, savedAtMs: blob.savedAtMs, legacy: blob.legacySession !== undefined || blob.planForm !== undefined };
  }
  if (import.meta.env.DEV) console.warn('[storage] saved session refused:', restored.ok ? 'it had already ended' : restored.reason);
  const raw = JSON.stringify({ cursor: blob, plan: readJson(PLAN_KEY) });
  safeStorage.setItem(backupKey(SESSION_STORAGE_KEY), raw);
  savedCursor.remove();
  removeParts(blob.cursor?.closedCount ?? 0);
  storageNotices.report({
    key: SESSION_STORAGE_KEY,
    message: { key: restored.ok ? 'notice.session.ended' : 'notice.session.refused' },
    rawValue: raw,
  });
  return null;
}

/**
 * Writes a session's parts, remembering what is already stored so each save writes only the
 * cursor and the log chunks that changed. One per tab; only the tab that owns the workout saves.
 */
export function createSessionSaver() {
  let savedSessionId: string | null = null;
  let savedClosedCount = 0;

  const giveUp = (session: Session, savedAtMs: number) => {
    // Keeping a half-saved workout would resume at a wrong place: free the space and remember why.
    removeParts(savedClosedCount);
    savedCursor.remove();
    safeStorage.setItem(LOST_KEY, JSON.stringify({ routineName: session.plan.routineName, savedAtMs }));
    savedSessionId = null;
  };

  return {
    /** Saves `session` (running or paused); the first save of a workout writes its plan. */
    save(session: Session, playerPath: string, savedAtMs: number): void {
      const sessionId = sessionIdOf(session);
      const closed = closedLog(session);
      let ok = true;
      if (sessionId !== savedSessionId) {
        removeParts(savedClosedCount);
        ok = safeStorage.setItem(PLAN_KEY, JSON.stringify({ sessionId, plan: session.plan }));
        savedClosedCount = 0;
      }
      const firstChunk = Math.floor(savedClosedCount / LOG_CHUNK_SIZE);
      for (let chunk = firstChunk; ok && chunk * LOG_CHUNK_SIZE < closed.length; chunk += 1) {
        const entries = closed.slice(chunk * LOG_CHUNK_SIZE, (chunk + 1) * LOG_CHUNK_SIZE).map(compactStepRecord);
        ok = safeStorage.setItem(logKey(chunk), JSON.stringify({ sessionId, entries }));
      }
      const blob: CursorBlob = { sessionId, playerPath, routineName: session.plan.routineName, savedAtMs, cursor: sessionCursor(session) };
      if (!ok || !savedCursor.write(blob)) return giveUp(session, savedAtMs);
      savedSessionId = sessionId;
      savedClosedCount = closed.length;
    },
    /** The workout ended or was discarded: nothing to resume. */
    clear(): void {
      savedCursor.remove();
      removeParts(savedClosedCount);
      savedSessionId = null;
      savedClosedCount = 0;
    },
    /** `session` was just read from storage (a reload, or taking it over from another tab): its parts are there. */
    adopt(session: Session): void {
      savedSessionId = sessionIdOf(session);
      savedClosedCount = closedLog(session).length;
    },
  };
}
