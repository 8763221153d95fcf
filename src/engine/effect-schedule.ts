/**
 * Scheduling beeps and speech ahead of time. Each transition hands the UI the effects whose
 * intended time falls in a window ending EFFECT_LOOKAHEAD_MS after now, so the UI can put beeps on
 * the audio clock at their exact time; the window's start moves with `effectsScheduledUntilMs`,
 * so an effect between two ticks is emitted once, never lost and never twice.
 */
import { activeOriginAtMs, stepLengthMs } from './session-timing';
import { stepEffects, type OffsetEffect } from './step-effects';
import { FINISH_MESSAGE, FINISH_PARTLY_MESSAGE } from './step-text';
import type { Effect, Session } from './types';

/** How far ahead of its intended time an effect is handed to the UI, ms. */
export const EFFECT_LOOKAHEAD_MS = 1500;
/** A beep or speech more than this far in the past is dropped (after a background gap), ms. */
export const STALE_EFFECT_MS = 1000;

export interface EffectWindow {
  /** Exclusive lower bound (already scheduled up to here). */
  readonly afterMs: number;
  /** Inclusive lower bound (older is stale). */
  readonly notBeforeMs: number;
  /** Inclusive upper bound. */
  readonly untilMs: number;
}

type ScheduledEffect = Extract<Effect, { atMs: number }>;

/**
 * Whether every work step before `stepIndex` was done (completed, or ended by Done). The steps
 * from `stepIndex` on are projected to run their course: a control that changes that reschedules.
 */
function workDoneBefore(session: Session, stepIndex: number): boolean {
  const done = new Set(session.log.filter((record) => record.outcome === 'completed' || record.outcome === 'done-early').map((record) => record.stepIndex));
  return session.plan.steps.every((step) => step.index >= stepIndex || step.kind !== 'work' || done.has(step.index));
}

/**
 * A step's effects in this session: the finish says "Well done" only to a workout whose work was
 * all done; one that skipped to the end hears that it is over.
 */
function sessionStepEffects(session: Session, stepIndex: number, extendedMs: number): readonly OffsetEffect[] {
  const effects = stepEffects(session.plan, stepIndex, extendedMs, heldBeforeMs(session, stepIndex));
  if (session.plan.steps[stepIndex]?.kind !== 'finish' || workDoneBefore(session, session.stepIndex)) return effects;
  return effects.map((effect) =>
    effect.body.type === 'speak' ? { ...effect, body: { ...effect.body, phrases: effect.body.phrases.map((phrase) => ('key' in phrase && phrase.key === FINISH_MESSAGE.key ? FINISH_PARTLY_MESSAGE : phrase)) } } : effect,
  );
}

/** For an open-ended hold: the longest hold of its exercise earlier in this workout (the screen's best to beat counts it too). */
function heldBeforeMs(session: Session, stepIndex: number): number | null {
  const step = session.plan.steps[stepIndex];
  if (!step || step.durationMs !== null || step.exerciseId === null) return null;
  let longestMs: number | null = null;
  for (const record of session.log) {
    // A hold that ran into its cap ('completed', not ended by Done) does not count as a best.
    const capped = record.outcome === 'completed';
    if (record.heldMs !== null && !capped && record.stepIndex !== stepIndex && session.plan.steps[record.stepIndex]?.exerciseId === step.exerciseId) longestMs = Math.max(longestMs ?? 0, record.heldMs);
  }
  return longestMs;
}

/**
 * The beeps, speech and vibrations the session's timeline intends within `window`, in time order,
 * assuming no further events: steps follow one another at their deadlines. Empty unless running.
 */
export function projectEffects(session: Session, window: EffectWindow): ScheduledEffect[] {
  if (session.status !== 'running') return [];
  const lowerMs = Math.max(window.afterMs, window.notBeforeMs);
  const effects: ScheduledEffect[] = [];
  let stepIndex = session.stepIndex;
  let originMs = activeOriginAtMs(session);
  let extendedMs = session.stepExtendedMs;
  for (let step = session.plan.steps[stepIndex]; step && originMs <= window.untilMs; step = session.plan.steps[stepIndex]) {
    const lengthMs = stepLengthMs(step, extendedMs);
    // Every effect of a step lies within [origin, origin + length]; skip passed steps cheaply.
    if (lengthMs === null || originMs + lengthMs >= lowerMs) {
      for (const { offsetMs, body } of sessionStepEffects(session, stepIndex, extendedMs)) {
        const atMs = originMs + offsetMs;
        if (atMs > window.afterMs && atMs >= window.notBeforeMs && atMs <= window.untilMs) effects.push({ ...body, atMs });
      }
    }
    if (lengthMs === null || step.kind === 'finish') break;
    originMs += lengthMs;
    extendedMs = 0;
    stepIndex += 1;
  }
  return effects;
}

/** The intended time of the first effect after `afterMs` on the projected timeline, or null. */
export function nextEffectAtMs(session: Session, afterMs: number): number | null {
  if (session.status !== 'running') return null;
  let stepIndex = session.stepIndex;
  let originMs = activeOriginAtMs(session);
  let extendedMs = session.stepExtendedMs;
  for (let step = session.plan.steps[stepIndex]; step; step = session.plan.steps[stepIndex]) {
    const lengthMs = stepLengthMs(step, extendedMs);
    if (lengthMs === null || originMs + lengthMs > afterMs) {
      const found = stepEffects(session.plan, stepIndex, extendedMs, heldBeforeMs(session, stepIndex)).find(({ offsetMs }) => originMs + offsetMs > afterMs);
      if (found) return originMs + found.offsetMs;
    }
    if (lengthMs === null || step.kind === 'finish') return null;
    originMs += lengthMs;
    extendedMs = 0;
    stepIndex += 1;
  }
  return null;
}

/**
 * After a change of timeline: everything from now (inclusive when the step is just entered). A
 * session that has just reached its finish step gets the finish step's own effects at now.
 */
export function rescheduleFrom(session: Session, nowMs: number, includeNow: boolean): ScheduledEffect[] {
  if (session.status === 'finished' && session.endedAtMs === nowMs && includeNow) {
    return sessionStepEffects(session, session.stepIndex, 0).map(({ body }) => ({ ...body, atMs: nowMs }));
  }
  return projectEffects(session, { afterMs: includeNow ? -Infinity : nowMs, notBeforeMs: nowMs, untilMs: nowMs + EFFECT_LOOKAHEAD_MS });
}
