/**
 * compile(routine, catalog, options) -> a flat, timed plan. Pure and total: whatever the input
 * (also objects that bypassed validation), it returns a result and never throws.
 */
import type { Catalog } from '../catalog/catalog-types';
import type { Exercise, Routine, RoutineItem } from '../catalog/schema';
import { compileExerciseSteps, countExerciseSteps, type DraftStep } from './compile-exercise';
import { compileError, CompileFailure, type CompileError } from './compile-error';
import { resolveCompileOptions } from './compile-options';
import { describePrescription } from './describe-prescription';
import { effectiveExercise, type EffectiveExercise } from './effective-prescription';
import { plannedDurationMs } from './session-timing';
import { waitingStepMs } from './compile-speech';
import { FINISH_MESSAGE, needEquipmentMessage, nextExerciseMessage, phrases, REST_MESSAGE, setupCues } from './step-text';
import type { CompileOptions, Plan, PlanExerciseOutline, PlanStep } from './types';

export type CompileResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly error: CompileError };

/** Plans longer than this are refused: no real workout has them, and the player stays fast. */
export const MAX_PLAN_STEPS = 500;

interface ResolvedItem {
  readonly item: RoutineItem;
  readonly exercise: Exercise;
  readonly effective: EffectiveExercise;
  readonly restAfterMs: number;
}

function itemsOf(routine: Routine): readonly RoutineItem[] {
  if (typeof routine !== 'object' || routine === null || !Array.isArray(routine.items)) {
    throw new CompileFailure(compileError('invalid-item', null, 'the routine has no list of items'));
  }
  if (routine.items.length === 0) throw new CompileFailure(compileError('empty-routine', null, 'the routine has no exercises'));
  return routine.items;
}

function resolveItems(routine: Routine, catalog: Pick<Catalog, 'exercisesById'>, options: CompileOptions): ResolvedItem[] {
  const items = itemsOf(routine);
  let stepCount = 1; // the finish step
  return items.map((item, itemIndex) => {
    if (typeof item !== 'object' || item === null) throw new CompileFailure(compileError('invalid-item', itemIndex, 'is not a routine item'));
    const exercise = typeof item.exerciseId === 'string' ? catalog.exercisesById.get(item.exerciseId) : undefined;
    if (!exercise) throw new CompileFailure(compileError('unknown-exercise', itemIndex, `unknown exercise '${String(item.exerciseId)}'`));
    const effective = effectiveExercise(exercise, item.overrides, itemIndex, options.paceFactor);
    const isLast = itemIndex === items.length - 1;
    const restAfterMs = isLast ? 0 : restMs(item.restAfterSeconds ?? options.restSeconds, itemIndex);
    stepCount += countExerciseSteps(effective) + (restAfterMs > 0 ? 1 : 0);
    if (stepCount > MAX_PLAN_STEPS) {
      throw new CompileFailure(compileError('too-many-steps', itemIndex, `the routine would have more than ${MAX_PLAN_STEPS} steps; shorten it or split it in two`));
    }
    return { item, exercise, effective, restAfterMs };
  });
}

function restMs(seconds: unknown, itemIndex: number): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > 3600) {
    throw new CompileFailure(compileError('invalid-duration', itemIndex, `the rest after it is ${String(seconds)} s; it must be from 0 s to 1 hour`));
  }
  return Math.round(seconds * 1000);
}

/** The rest before an exercise says what comes and, at its start, the equipment to fetch ("You need: chair"). */
function restStep(resolved: ResolvedItem, itemIndex: number, next: ResolvedItem, options: CompileOptions): DraftStep {
  const announcement = phrases([REST_MESSAGE, nextExerciseMessage(next.effective.id), next.effective.needsEquipment ? needEquipmentMessage(next.effective.id) : null]);
  return {
    kind: 'rest-between-exercises', itemIndex, exerciseId: resolved.effective.id,
    side: null, set: null, setCount: null, rep: null, repCount: null, role: null, partIndex: null,
    durationMs: waitingStepMs(resolved.restAfterMs, announcement, options), capMs: null, targetMs: null,
    cues: setupCues(next.effective.id, next.effective.setupCount),
    announcement,
  };
}

const FINISH_STEP: DraftStep = {
  kind: 'finish', itemIndex: null, exerciseId: null, side: null, set: null, setCount: null,
  rep: null, repCount: null, role: null, partIndex: null, durationMs: 0, capMs: null, targetMs: null, cues: [], announcement: [FINISH_MESSAGE],
};

function buildPlan(routine: Routine, resolved: readonly ResolvedItem[], options: CompileOptions): Plan {
  const steps: PlanStep[] = [];
  const outline: PlanExerciseOutline[] = [];
  resolved.forEach((current, itemIndex) => {
    const firstStepIndex = steps.length;
    const previous = resolved[itemIndex - 1];
    const drafts = compileExerciseSteps(current.effective, itemIndex, options, { sayEquipmentInGetReady: !previous || previous.restAfterMs <= 0 });
    const next = resolved[itemIndex + 1];
    if (next && current.restAfterMs > 0) drafts.push(restStep(current, itemIndex, next, options));
    for (const draft of drafts) steps.push({ ...draft, index: steps.length });
    outline.push({
      itemIndex,
      exerciseId: current.effective.id,
      prescription: describePrescription(current.exercise, current.item.overrides),
      durationMs: drafts.reduce((sum, step) => sum + plannedDurationMs(step), 0),
      firstStepIndex,
    });
  });
  steps.push({ ...FINISH_STEP, index: steps.length });
  const totalDurationMs = steps.reduce((sum, step) => sum + plannedDurationMs(step), 0);
  return { routineId: String(routine.id), routineName: String(routine.name), steps, totalDurationMs, outline };
}

/**
 * Turns a routine into a plan: get-ready before each exercise, its work steps (one per timed part,
 * one per rep phase, one open-ended step per max-hold), switches, rests, and one finish step
 * (durationMs 0). Durations are whole ms. Rejects (never throws) an empty routine, an unknown
 * exercise, a step that is not positive, finite and at most 1 hour, and more than MAX_PLAN_STEPS steps.
 */
export function compile(routine: Routine, catalog: Pick<Catalog, 'exercisesById'>, options?: Partial<CompileOptions>): CompileResult {
  try {
    const resolvedOptions = resolveCompileOptions(options);
    const resolved = resolveItems(routine, catalog, resolvedOptions);
    return { ok: true, plan: buildPlan(routine, resolved, resolvedOptions) };
  } catch (failure) {
    if (failure instanceof CompileFailure) return { ok: false, error: failure.error };
    // A shape no check above foresaw (e.g. a getter that throws): still a result, never a crash.
    return { ok: false, error: compileError('invalid-item', null, 'the routine could not be read') };
  }
}
