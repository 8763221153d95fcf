/**
 * The beeps, speech and vibrations a step intends, as offsets into its active time. Where they
 * come from:
 * - on entry: the announcement; 'go' when work starts after a non-work step, 'phase' between work
 *   steps, 'switch' at a switch of sides, 'finish' at the end; a vibration when work starts after a
 *   non-work step (not at every rep phase: that would buzz every second), at a switch and at the finish;
 * - the later cues of a timed or open-ended work step, when each becomes current (only when they
 *   are at least MIN_SPOKEN_CUE_SPACING_MS apart);
 * - "Halfway" in a timed work step of 20 s or more (said with a cue that falls within 2 s of it);
 * - in an open-ended hold, "New best" when it passes the best so far (the plan's best, or a longer
 *   hold of the exercise earlier in this workout), at the whole second the screen shows it; and
 *   "Target reached" at the target only when no best lies beyond it (never before the best);
 * - 'countdown' at 3, 2 and 1 s before the end of any step of 5 s or more.
 */
import { HALFWAY_MESSAGE, NEW_BEST_MESSAGE, TARGET_REACHED_MESSAGE } from './step-text';
import { cueChangeOffsetsMs, stepLengthMs } from './session-timing';
import type { BeepTone, Phrase, Plan, PlanStep } from './types';

export type TimedEffectBody =
  | { readonly type: 'beep'; readonly tone: BeepTone }
  | { readonly type: 'speak'; readonly phrases: readonly Phrase[] }
  | { readonly type: 'vibrate'; readonly patternMs: readonly number[] };

export interface OffsetEffect {
  readonly offsetMs: number;
  readonly body: TimedEffectBody;
}

export const VIBRATION_MS = { work: [200], switch: [100, 80, 100], finish: [300, 120, 300] } as const;
export const HALFWAY_MIN_STEP_MS = 20_000;
export const COUNTDOWN_MIN_STEP_MS = 5_000;
const HALFWAY_MERGE_MS = 2_000;
export const MIN_SPOKEN_CUE_SPACING_MS = 4_000;

function entryEffects(step: PlanStep, previous: PlanStep | undefined): TimedEffectBody[] {
  // A short rep phase may say nothing (its words would not fit): then only its beep.
  const speak: TimedEffectBody[] = step.announcement.length > 0 ? [{ type: 'speak', phrases: step.announcement }] : [];
  if (step.kind === 'finish') return [{ type: 'beep', tone: 'finish' }, ...speak, { type: 'vibrate', patternMs: VIBRATION_MS.finish }];
  if (step.kind === 'switch-sides') return [{ type: 'beep', tone: 'switch' }, ...speak, { type: 'vibrate', patternMs: VIBRATION_MS.switch }];
  if (step.kind !== 'work') return speak;
  if (previous?.kind === 'work') return [{ type: 'beep', tone: 'phase' }, ...speak];
  return [{ type: 'beep', tone: 'go' }, ...speak, { type: 'vibrate', patternMs: VIBRATION_MS.work }];
}

/**
 * When an open-ended hold passes `bestMs`: the next whole second after it, when the screen's
 * stopwatch (whole seconds) first shows more than the best and its "New best!" appears.
 */
export const newBestOffsetMs = (bestMs: number): number => (Math.floor(bestMs / 1000) + 1) * 1000;

function holdGoalEffects(step: PlanStep, heldBeforeMs: number | null): OffsetEffect[] {
  if (step.durationMs !== null || step.capMs === null) return [];
  const known = [step.bestMs ?? null, heldBeforeMs].filter((ms): ms is number => ms !== null && ms > 0);
  const bestMs = known.length > 0 ? Math.max(...known) : null;
  const spoken: OffsetEffect[] = [];
  if (bestMs !== null && newBestOffsetMs(bestMs) < step.capMs) spoken.push({ offsetMs: newBestOffsetMs(bestMs), body: { type: 'speak', phrases: [NEW_BEST_MESSAGE] } });
  if (step.targetMs !== null && step.targetMs < step.capMs && (bestMs === null || bestMs < step.targetMs)) {
    spoken.push({ offsetMs: step.targetMs, body: { type: 'speak', phrases: [TARGET_REACHED_MESSAGE] } });
  }
  return spoken;
}

function cueEffects(step: PlanStep): OffsetEffect[] {
  if (step.kind !== 'work' || step.repCount !== null) return [];
  const offsets = cueChangeOffsetsMs(step);
  // Cues that change faster than a sentence can be said are shown, not spoken.
  const spaced = (offsets[0] ?? 0) >= MIN_SPOKEN_CUE_SPACING_MS;
  const cues = spaced ? offsets.flatMap((offsetMs, index) => { const cue = step.cues[index + 1]; return cue ? [{ offsetMs, cue }] : []; }) : [];
  const halfwayMs = step.durationMs !== null && step.durationMs >= HALFWAY_MIN_STEP_MS ? Math.round(step.durationMs / 2) : null;
  const mergeWith = halfwayMs === null ? undefined : cues.find((cue) => Math.abs(cue.offsetMs - halfwayMs) < HALFWAY_MERGE_MS);
  const spoken: OffsetEffect[] = cues.map((cue) => ({ offsetMs: cue.offsetMs, body: { type: 'speak', phrases: cue === mergeWith ? [HALFWAY_MESSAGE, cue.cue] : [cue.cue] } }));
  if (halfwayMs !== null && !mergeWith) spoken.push({ offsetMs: halfwayMs, body: { type: 'speak', phrases: [HALFWAY_MESSAGE] } });
  return spoken;
}

function countdownEffects(lengthMs: number | null): OffsetEffect[] {
  if (lengthMs === null || lengthMs < COUNTDOWN_MIN_STEP_MS) return [];
  return [3000, 2000, 1000].map((beforeEndMs) => ({ offsetMs: lengthMs - beforeEndMs, body: { type: 'beep', tone: 'countdown' } }));
}

/**
 * Worked out once per plan, step, extension and best: the player asks at every tick (about once a
 * second) and the answer never changes, as plans are never changed once compiled.
 */
const stepEffectsByPlan = new WeakMap<Plan, Map<string, readonly OffsetEffect[]>>();

/**
 * Every timed effect of plan step `stepIndex` extended by `extendedMs`, sorted by offset (stable).
 * `heldBeforeMs`: the longest hold of this exercise earlier in the workout (a best to beat too).
 */
export function stepEffects(plan: Plan, stepIndex: number, extendedMs: number, heldBeforeMs: number | null = null): readonly OffsetEffect[] {
  let known = stepEffectsByPlan.get(plan);
  if (!known) stepEffectsByPlan.set(plan, (known = new Map()));
  const key = `${stepIndex}|${extendedMs}|${heldBeforeMs}`;
  let effects = known.get(key);
  if (!effects) known.set(key, (effects = Object.freeze(computeStepEffects(plan, stepIndex, extendedMs, heldBeforeMs))));
  return effects;
}

function computeStepEffects(plan: Plan, stepIndex: number, extendedMs: number, heldBeforeMs: number | null): OffsetEffect[] {
  const step = plan.steps[stepIndex];
  if (!step) return [];
  const entry = entryEffects(step, plan.steps[stepIndex - 1]).map((body) => ({ offsetMs: 0, body }));
  const all = [...entry, ...cueEffects(step), ...holdGoalEffects(step, heldBeforeMs), ...countdownEffects(stepLengthMs(step, extendedMs))];
  return all.sort((a, b) => a.offsetMs - b.offsetMs);
}
