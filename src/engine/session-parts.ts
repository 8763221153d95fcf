/**
 * A running session split for saving: the plan (large, fixed for the workout: saved once), the
 * cursor (small: where the session is and its times, saved at every step change and control),
 * and the closed step log (it only grows: each entry is saved once, in compact tuples). Joining
 * them gives back the session as an untrusted value for `restoreSessionValue`.
 */
import type { Plan, Session, StepOutcome, StepRecord } from './types';

/** Where the session is and its times: the session without its plan and log. */
export type SessionCursor = Omit<Session, 'version' | 'plan' | 'log'> & {
  /** The log's last entry while it is still open (the current step); null when none is. */
  readonly openEntry: StepRecord | null;
  /** How many closed entries the log has: the saved tuples must add up to this. */
  readonly closedCount: number;
};

/** [stepIndex, enteredAtMs, leftAtMs, outcome (0 completed, 1 done early, 2 skipped, null), activeMs, extendedMs, heldMs]. */
export type CompactStepRecord = readonly [number, number, number | null, 0 | 1 | 2 | null, number, number, number | null];

const OUTCOMES: readonly StepOutcome[] = ['completed', 'done-early', 'skipped'];

export function compactStepRecord(record: StepRecord): CompactStepRecord {
  const outcome = record.outcome === null ? null : (OUTCOMES.indexOf(record.outcome) as 0 | 1 | 2);
  return [record.stepIndex, record.enteredAtMs, record.leftAtMs, outcome, record.activeMs, record.extendedMs, record.heldMs];
}

/** Untrusted input: the result is checked with the rest of the session by restoreSessionValue. */
export function expandStepRecord(tuple: unknown): unknown {
  if (!Array.isArray(tuple) || tuple.length !== 7) return tuple;
  const [stepIndex, enteredAtMs, leftAtMs, outcome, activeMs, extendedMs, heldMs] = tuple as unknown[];
  return { stepIndex, enteredAtMs, leftAtMs, outcome: outcome === null ? null : (OUTCOMES[outcome as number] ?? outcome), activeMs, extendedMs, heldMs };
}

const isOpen = (record: StepRecord | undefined) => record !== undefined && record.leftAtMs === null;

export function sessionCursor(session: Session): SessionCursor {
  const last = session.log[session.log.length - 1];
  const openEntry = isOpen(last) ? last! : null;
  return {
    status: session.status,
    stepIndex: session.stepIndex,
    stepStartedAtMs: session.stepStartedAtMs,
    stepPausedMs: session.stepPausedMs,
    stepExtendedMs: session.stepExtendedMs,
    pausedAtMs: session.pausedAtMs,
    startedAtMs: session.startedAtMs,
    endedAtMs: session.endedAtMs,
    totalPausedMs: session.totalPausedMs,
    effectsScheduledUntilMs: session.effectsScheduledUntilMs,
    openEntry,
    closedCount: session.log.length - (openEntry ? 1 : 0),
  };
}

/** The closed entries of the log, in order (every entry but an open last one). */
export const closedLog = (session: Session): readonly StepRecord[] => (isOpen(session.log[session.log.length - 1]) ? session.log.slice(0, -1) : session.log);

/** The session the parts describe, unchecked. */
export function joinSessionParts(plan: Plan, cursor: SessionCursor, closed: readonly unknown[]): unknown {
  const { openEntry, closedCount: _count, ...times } = cursor;
  return { version: 2, plan, ...times, log: openEntry ? [...closed.map(expandStepRecord), openEntry] : closed.map(expandStepRecord) };
}
