/** Saving a running session and bringing it back after a reload. */
import * as v from 'valibot';
import { sessionSchema } from './session-schema';
import type { Session } from './types';

/** The session as text, for storage. Plain JSON: every value in a session is a number, string, boolean, null or array. */
export function serializeSession(session: Session): string {
  return JSON.stringify(session);
}

export type RestoreResult = { readonly ok: true; readonly session: Session } | { readonly ok: false; readonly reason: string };

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
 * readable reason, never thrown.
 */
export function restoreSession(text: string): RestoreResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved workout is damaged (not valid JSON)' };
  }
  const result = v.safeParse(sessionSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, reason: `the saved workout is not in the expected shape${where ? ` (at ${where})` : ''}` };
  }
  const session = result.output as Session;
  const problem = consistencyProblem(session);
  return problem === null ? { ok: true, session } : { ok: false, reason: `the saved workout is inconsistent: ${problem}` };
}
