/** What the player shows, derived from the session and the time. Nothing here changes the session. */
import { catchUp } from './catch-up';
import { EFFECT_LOOKAHEAD_MS, nextEffectAtMs } from './effect-schedule';
import { activeOriginAtMs, cueChangeOffsetsMs, cueIndexAt, currentStep, plannedDurationMs, stepElapsedMs, stepLengthMs } from './session-timing';
import type { Session, SessionView } from './types';

/** Planned time of the steps after `stepIndex`, ms (open-ended holds at their target). */
function plannedAfterMs(session: Session, stepIndex: number): number {
  let sum = 0;
  for (let index = stepIndex + 1; index < session.plan.steps.length; index += 1) {
    const step = session.plan.steps[index];
    if (step) sum += plannedDurationMs(step);
  }
  return sum;
}

/**
 * The values to display at `nowMs`, as a tick at `nowMs` would leave them. Remaining times are never negative; elapsed times never go
 * backwards as `nowMs` grows (they freeze while paused and at the end); the current cue advances
 * evenly over a timed step's planned duration (an open-ended hold's: over its target).
 */
export function viewAt(sessionAsTicked: Session, nowMs: number): SessionView {
  // The screen asks for the same view several times at each displayed second (the digits, the
  // time left, a hold's goal): the last one is kept. Sessions are never changed in place.
  if (lastView && lastView.session === sessionAsTicked && lastView.nowMs === nowMs) return lastView.view;
  const view = computeViewAt(sessionAsTicked, nowMs);
  lastView = { session: sessionAsTicked, nowMs, view };
  return view;
}

let lastView: { readonly session: Session; readonly nowMs: number; readonly view: SessionView } | null = null;

function computeViewAt(sessionAsTicked: Session, nowMs: number): SessionView {
  // Show the state at nowMs even when the ticker is late: the steps that ended are over.
  const session = sessionAsTicked.status === 'running' ? catchUp(sessionAsTicked, nowMs).session : sessionAsTicked;
  const step = currentStep(session);
  const ended = session.status === 'finished' || session.status === 'abandoned';
  const lengthMs = stepLengthMs(step, session.stepExtendedMs);
  const elapsedMs = Math.min(stepElapsedMs(session, nowMs), lengthMs ?? Infinity);
  const stepDurationMs = step.durationMs === null ? null : step.durationMs + session.stepExtendedMs;
  const stepRemainingMs = stepDurationMs === null ? null : Math.max(0, stepDurationMs - elapsedMs);
  const currentPlannedLeftMs = stepRemainingMs ?? Math.max(0, (step.targetMs ?? 0) - elapsedMs);
  const sessionRemainingMs = ended ? 0 : currentPlannedLeftMs + plannedAfterMs(session, session.stepIndex);
  const frozenAtMs = session.pausedAtMs ?? session.endedAtMs ?? Math.max(nowMs, session.stepStartedAtMs);
  const sessionElapsedMs = Math.max(0, frozenAtMs - session.startedAtMs - session.totalPausedMs);
  const wholeMs = session.plan.totalDurationMs + session.stepExtendedMs;
  const progress = session.status === 'finished' ? 1 : wholeMs <= 0 ? 0 : Math.min(1, Math.max(0, 1 - sessionRemainingMs / wholeMs));
  const currentCueIndex = cueIndexAt(step, elapsedMs);
  return {
    step,
    nextStep: session.plan.steps[session.stepIndex + 1] ?? null,
    stepRemainingMs,
    stepElapsedMs: elapsedMs,
    stepDurationMs,
    sessionElapsedMs,
    sessionRemainingMs,
    progress,
    currentCueIndex,
    currentCue: step.cues[currentCueIndex] ?? null,
    status: session.status,
  };
}

/**
 * When the player's single ticker should call 'tick' next (wall ms, >= nowMs): the earliest of
 * the moment the displayed whole second changes (Math.ceil(remainingMs / 1000), or an open-ended
 * hold's floor(elapsedMs / 1000)), the next cue change, the end of the step, and the moment the
 * next unscheduled effect enters the lookahead. null when paused or ended.
 *
 * `effectLeadMs`: how long before its time an effect may be handed over at the latest. When the
 * ticker wakes for the display at least that long before the next effect, that tick hands it over
 * (a tick takes in the whole lookahead) and the effect needs no wake of its own: a page in view
 * wakes once a second, not twice (beeps fall on whole seconds, 1.5 s ahead is half past). A
 * hidden page keeps the whole lookahead: its timers may fire up to a second late.
 */
export function nextWakeAtMs(session: Session, nowMs: number, effectLeadMs: number = EFFECT_LOOKAHEAD_MS): number | null {
  if (session.status !== 'running') return null;
  const step = currentStep(session);
  const originMs = activeOriginAtMs(session);
  const elapsedMs = Math.max(0, nowMs - originMs);
  const lengthMs = stepLengthMs(step, session.stepExtendedMs);
  const candidates: number[] = [];
  if (lengthMs !== null) {
    const remainingMs = originMs + lengthMs - nowMs;
    if (remainingMs <= 0) return nowMs;
    candidates.push(originMs + lengthMs - (Math.ceil(remainingMs / 1000) - 1) * 1000);
  }
  if (step.durationMs === null) candidates.push(originMs + (Math.floor(elapsedMs / 1000) + 1) * 1000);
  const nextCueOffsetMs = cueChangeOffsetsMs(step).find((offsetMs) => offsetMs > elapsedMs);
  if (nextCueOffsetMs !== undefined) candidates.push(originMs + nextCueOffsetMs);
  const nextEffectMs = nextEffectAtMs(session, session.effectsScheduledUntilMs);
  const handedOverByAnotherWake = nextEffectMs !== null && candidates.length > 0 && Math.min(...candidates) <= nextEffectMs - effectLeadMs;
  if (nextEffectMs !== null && !handedOverByAnotherWake) candidates.push(nextEffectMs - EFFECT_LOOKAHEAD_MS);
  return candidates.length === 0 ? null : Math.max(nowMs, Math.min(...candidates));
}
