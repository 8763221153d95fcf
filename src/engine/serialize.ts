/** Saving a running session and bringing it back after a reload. */
import * as v from 'valibot';
import { MAX_STEP_SECONDS } from '../catalog/schema';
import { sessionSchema } from './session-schema';
import type { Session } from './types';

/** The session as text, for storage. Plain JSON: every value in a session is a number, string, boolean, null or array. */
export function serializeSession(session: Session): string {
  return JSON.stringify(session);
}

export type RestoreResult = { readonly ok: true; readonly session: Session } | { readonly ok: false; readonly reason: string };

const MAX_STEP_MS = MAX_STEP_SECONDS * 1000;
/** Clocks differ a little between a tab that saved and one that reads; more than this is not a clock. */
const FUTURE_TOLERANCE_MS = 60_000;

/** Times no session of this app can have: a step over an hour, a start or pause in the future. */
function rangeProblem(session: Session, nowMs: number): string | null {
  if (session.plan.steps.some((step) => (step.durationMs ?? 0) > MAX_STEP_MS || (step.capMs ?? 0) > MAX_STEP_MS)) return 'a step is longer than an hour';
  if (session.stepExtendedMs > MAX_STEP_MS) return 'a step was extended by more than an hour';
  const latestMs = nowMs + FUTURE_TOLERANCE_MS;
  if (session.startedAtMs > latestMs || session.stepStartedAtMs > latestMs || (session.pausedAtMs ?? 0) > latestMs) return 'it starts in the future';
  if (session.stepStartedAtMs < session.startedAtMs) return 'a step starts before the workout';
  return null;
}

/** Checks what the shape alone cannot: indexes inside the plan, the pause matching the status, the plan ending with 'finish'. */
function consistencyProblem(session: Session): string | null {
  const steps = session.plan.steps;
  if (steps[steps.length - 1]?.kind !== 'finish') return 'the plan does not end with a finish step';
  if (steps.some((step, index) => step.index !== index)) return 'the plan steps are out of order';
  if (session.stepIndex >= steps.length) return `the session is on step ${session.stepIndex + 1} of a plan with ${steps.length}`;
  if (session.log.some((record) => record.stepIndex >= steps.length)) return 'the step log names a step the plan does not have';
  if (session.plan.outline.some((item) => item.firstStepIndex >= steps.length)) return 'the outline names a step the plan does not have';
  if ((session.status === 'paused') !== (session.pausedAtMs !== null)) return 'the pause does not match the status';
  const ended = session.status === 'finished' || session.status === 'abandoned';
  if (ended !== (session.endedAtMs !== null)) return 'the end time does not match the status';
  return null;
}

/**
 * Reads a session saved by `serializeSession`. The text is untrusted (it comes back from storage):
 * anything that is not valid JSON of a well-formed, self-consistent session is refused with a
 * readable reason, never thrown. `nowMs` is when it is read: a session from the future is refused.
 */
export function restoreSession(text: string, nowMs: number): RestoreResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved workout is damaged (not valid JSON)' };
  }
  return restoreSessionValue(parsed, nowMs);
}

/** As restoreSession, for a value already parsed (or joined from its saved parts). */
export function restoreSessionValue(value: unknown, nowMs: number): RestoreResult {
  const result = v.safeParse(sessionSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, reason: `the saved workout is not in the expected shape${where ? ` (at ${where})` : ''}` };
  }
  const session = result.output as Session;
  const problem = consistencyProblem(session) ?? rangeProblem(session, nowMs);
  return problem === null ? { ok: true, session } : { ok: false, reason: `the saved workout is inconsistent: ${problem}` };
}
