/**
 * The steps of one routine item: get-ready, then for each set the work of each side (with a
 * switch between the sides of a per-side exercise) and a rest between sets. Steps of 0 s (a rest
 * or a switch set to 0) are left out. Indexes are added by `compile`.
 */
import type { Side } from '../catalog/schema';
import type { EffectiveExercise, EffectiveWork } from './effective-prescription';
import { fittingPhrases, waitingStepMs } from './compile-speech';
import {
  exerciseNameText, HOLD_MESSAGE, needEquipmentMessage, nextSetMessage, phrases, REST_MESSAGE, repMessage, setupCues, shortRepMessage, sideLabelText, startWithMessage, switchMessage,
} from './step-text';
import type { CatalogText, CompileOptions, Phrase, PlanStep } from './types';

export type DraftStep = Omit<PlanStep, 'index'>;

interface StepContext {
  readonly exercise: EffectiveExercise;
  readonly itemIndex: number;
  readonly set: number;
  readonly options: CompileOptions;
}

const sideLabelOf = (exercise: EffectiveExercise, side: Side | null): CatalogText | null => sideLabelText(exercise.id, side);

function baseStep(context: StepContext, side: Side | null): Omit<DraftStep, 'kind' | 'durationMs' | 'cues' | 'announcement'> {
  const { exercise, itemIndex, set } = context;
  return {
    itemIndex,
    exerciseId: exercise.id,
    side,
    set,
    setCount: exercise.sets,
    rep: null,
    repCount: null,
    role: null,
    partIndex: null,
    capMs: null,
    targetMs: null,
  };
}

/** A timed exercise: one step per part. Alternating exercises name the side in each announcement. */
function timedSteps(context: StepContext, side: Side | null, parts: Extract<EffectiveWork, { kind: 'timed' }>['parts']): DraftStep[] {
  const alternatingSide = context.exercise.mode === 'alternating' ? sideLabelOf(context.exercise, side) : null;
  const exerciseId = context.exercise.id;
  return parts.map((part, partIndex) => {
    const cues = Array.from({ length: part.cueCount }, (_, index): CatalogText => ({ ref: 'part-cue', exerciseId, part: partIndex, index }));
    return {
      ...baseStep(context, side),
      kind: 'work',
      role: part.role,
      partIndex,
      durationMs: part.durationMs,
      cues,
      announcement: phrases([alternatingSide, { ref: 'part-name', exerciseId, part: partIndex }, cues[0]]),
    };
  });
}

/** An open-ended hold: one step without a duration, ending at done or at its cap. */
function holdStep(context: StepContext, side: Side | null, work: Extract<EffectiveWork, { kind: 'max-hold' }>): DraftStep {
  const alternatingSide = context.exercise.mode === 'alternating' ? sideLabelOf(context.exercise, side) : null;
  const exerciseId = context.exercise.id;
  const cues = Array.from({ length: work.cueCount }, (_, index): CatalogText => ({ ref: 'hold-cue', exerciseId, index }));
  const bestMs = context.options.bestHoldMs?.[exerciseId];
  return {
    ...baseStep(context, side),
    kind: 'work',
    role: 'hold',
    durationMs: null,
    capMs: work.capMs,
    targetMs: work.targetMs,
    cues,
    announcement: phrases([alternatingSide, HOLD_MESSAGE, cues[0]]),
    ...(bestMs === undefined ? {} : { bestMs }),
  };
}

/**
 * What a rep phase says, longest first; the first that fits in the phase is said (all of the first
 * without a speech estimate). The first phase says the rep ("Rep 4 of 6", or just "4"), the side of
 * an alternating rep, then its cue; later phases their cue, or nothing when it does not fit: the
 * screen shows every phase, and words that run into the next phase pile up.
 */
function repPhaseCandidates(rep: number, repCount: number, side: CatalogText | null, cue: CatalogText, phaseIndex: number): Phrase[][] {
  if (phaseIndex > 0) return [[cue], []];
  const long = repMessage(rep, repCount);
  const short = shortRepMessage(rep);
  return [phrases([long, side, cue]), phrases([short, side, cue]), phrases([short, side]), [short]];
}

/** Repetitions: one step per phase; the first phase says the rep count ("Rep 4 of 6. Raise."), later ones their cue. */
function repSteps(context: StepContext, repSides: readonly (Side | null)[], work: Extract<EffectiveWork, { kind: 'reps' }>): DraftStep[] {
  const alternating = context.exercise.mode === 'alternating';
  const steps: DraftStep[] = [];
  for (let rep = 1; rep <= work.reps; rep += 1) {
    for (const side of repSides) {
      work.phases.forEach((phase, phaseIndex) => {
        const cue: CatalogText = { ref: 'phase-cue', exerciseId: context.exercise.id, part: phaseIndex };
        const sideText = alternating ? sideLabelOf(context.exercise, side) : null;
        const announcement = fittingPhrases(repPhaseCandidates(rep, work.reps, sideText, cue, phaseIndex), phase.durationMs, context.options);
        steps.push({ ...baseStep(context, side), kind: 'work', rep, repCount: work.reps, role: phase.role, partIndex: phaseIndex, durationMs: phase.durationMs, cues: [cue], announcement });
      });
    }
  }
  return steps;
}

/** The work of one side (or of both, when bilateral) in one set; `repSides` alternate inside each rep. */
function workSteps(context: StepContext, side: Side | null, repSides: readonly (Side | null)[]): DraftStep[] {
  const work = context.exercise.work;
  if (work.kind === 'timed') return timedSteps(context, side, work.parts);
  if (work.kind === 'max-hold') return [holdStep(context, side, work)];
  return repSteps(context, repSides, work);
}

/**
 * One thing is said at a switch: the catalog's own switch cue ("Switch to the other leg."), written
 * for this exercise's one switch (right to left, or left to right), or else the generic "Switch to
 * the left side". Both together said the same thing twice.
 */
function switchStep(context: StepContext, side: Side): DraftStep {
  const cue: CatalogText = { ref: 'switch-cue', exerciseId: context.exercise.id };
  const announcement = [context.exercise.hasSwitchCue ? cue : switchMessage(side)];
  return {
    ...baseStep(context, side),
    kind: 'switch-sides',
    durationMs: waitingStepMs(context.exercise.switchMs, announcement, context.options),
    cues: [cue],
    announcement,
  };
}

function setSteps(context: StepContext): DraftStep[] {
  const { exercise } = context;
  if (exercise.mode === 'alternating' && exercise.work.kind === 'reps') return workSteps(context, null, exercise.sides);
  if (exercise.mode === 'per-side') {
    return exercise.sides.flatMap((side, index) => {
      const work = workSteps(context, side, [side]);
      return index > 0 && side && exercise.switchMs > 0 ? [switchStep(context, side), ...work] : work;
    });
  }
  return exercise.sides.flatMap((side) => workSteps(context, side, [side]));
}

/**
 * What the get-ready says: the exercise, the equipment to fetch when no rest before it said so,
 * the side it starts with ("Start with the right leg"; just the side when only one is worked),
 * then the whole setup, in order, when the setting asks for it.
 */
function getReadyAnnouncement(exercise: EffectiveExercise, cues: readonly CatalogText[], options: CompileOptions, sayEquipment: boolean): Phrase[] {
  const [firstSide] = exercise.sides;
  const twoSides = exercise.sides.length > 1 && firstSide;
  const side = exercise.mode === 'bilateral' || !firstSide ? null : twoSides ? startWithMessage(exercise.id, firstSide) : sideLabelOf(exercise, firstSide);
  return phrases([exerciseNameText(exercise.id), sayEquipment && exercise.needsEquipment ? needEquipmentMessage(exercise.id) : null, side, ...(options.readSetupCues ? cues : [])]);
}

function getReadyStep(exercise: EffectiveExercise, itemIndex: number, options: CompileOptions, sayEquipment: boolean): DraftStep {
  const firstSide = exercise.mode === 'per-side' ? (exercise.sides[0] ?? null) : null;
  const cues = setupCues(exercise.id, exercise.setupCount);
  const announcement = getReadyAnnouncement(exercise, cues, options, sayEquipment);
  return {
    ...baseStep({ exercise, itemIndex, set: 1, options }, firstSide),
    kind: 'get-ready',
    durationMs: waitingStepMs(Math.round(options.getReadySeconds * 1000), announcement, options),
    cues,
    announcement,
  };
}

export interface ExerciseStepsContext {
  /** No rest before this exercise said its equipment (it is the first, or the rest before it is 0 s): its get-ready does. */
  readonly sayEquipmentInGetReady: boolean;
}

/** All steps of one item, from its get-ready to its last work step (the rest after it is added by `compile`). */
export function compileExerciseSteps(exercise: EffectiveExercise, itemIndex: number, options: CompileOptions, context: ExerciseStepsContext = { sayEquipmentInGetReady: true }): DraftStep[] {
  const steps: DraftStep[] = [getReadyStep(exercise, itemIndex, options, context.sayEquipmentInGetReady)];
  for (let set = 1; set <= exercise.sets; set += 1) {
    const stepContext: StepContext = { exercise, itemIndex, set, options };
    if (set > 1 && exercise.restBetweenSetsMs > 0) {
      const announcement = [REST_MESSAGE, nextSetMessage(set, exercise.sets)];
      steps.push({
        ...baseStep(stepContext, null),
        kind: 'rest-between-sets',
        durationMs: waitingStepMs(exercise.restBetweenSetsMs, announcement, options),
        cues: [],
        announcement,
      });
    }
    steps.push(...setSteps(stepContext));
  }
  return steps;
}

/** How many steps `compileExerciseSteps` will make, computed without making them (to refuse huge plans cheaply). */
export function countExerciseSteps(exercise: EffectiveExercise): number {
  const work = exercise.work;
  const perSide = work.kind === 'timed' ? work.parts.length : work.kind === 'reps' ? work.reps * work.phases.length : 1;
  const switches = exercise.mode === 'per-side' && exercise.switchMs > 0 ? exercise.sides.length - 1 : 0;
  const restsBetweenSets = exercise.restBetweenSetsMs > 0 ? exercise.sets - 1 : 0;
  return 1 + exercise.sets * (perSide * exercise.sides.length + switches) + restsBetweenSets;
}
