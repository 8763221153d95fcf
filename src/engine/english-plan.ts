/**
 * A plan saved before Upright spoke German (session version 1) held English sentences where the
 * plan now holds phrases and ids: `exerciseName`, `sideLabel`, `phase` ("Bent knee"), `cues` (the
 * cue texts), `announcement` (one sentence) and the outline's `prescriptionText`. This turns
 * such a plan into today's, once, when a saved workout is resumed.
 *
 * This one-time migration is the only place that matches text: it finds a timed part or rep phase
 * by its old English name in the ENGLISH catalog (the language those plans were written in).
 * Timings are copied as they are; cues keep their count, so the cue timing is unchanged. The
 * outline's summary is rebuilt from the catalog with the sets, reps and sides the steps show.
 * Untrusted input: whatever does not fit is thrown out (the saved workout is then unreadable).
 */
import type { Catalog } from '../catalog/catalog-types';
import type { Exercise, Overrides, Side } from '../catalog/schema';
import { describePrescription } from './describe-prescription';
import { exerciseNameText, FINISH_MESSAGE, HOLD_MESSAGE, nextExerciseMessage, nextSetMessage, phrases, REST_MESSAGE, repMessage, setupCues, sideLabelText, switchMessage } from './step-text';
import type { CatalogText, Plan, PlanExerciseOutline, PlanStep, StepKind } from './types';

interface EnglishStep {
  readonly index: number;
  readonly kind: StepKind;
  readonly itemIndex: number | null;
  readonly exerciseId: string | null;
  readonly side: Side | null;
  readonly set: number | null;
  readonly setCount: number | null;
  readonly rep: number | null;
  readonly repCount: number | null;
  readonly phase: string | null;
  readonly durationMs: number | null;
  readonly capMs: number | null;
  readonly targetMs: number | null;
  readonly cues: readonly string[];
  readonly announcement: string;
}

const refs = (count: number, make: (index: number) => CatalogText): CatalogText[] => Array.from({ length: count }, (_, index) => make(index));

function exerciseOf(id: string | null, english: Pick<Catalog, 'exercisesById'>): Exercise {
  const exercise = id === null ? undefined : english.exercisesById.get(id);
  if (!exercise) throw new Error(`the saved plan names an exercise the catalog does not have (${String(id)})`);
  return exercise;
}

function workStep(step: EnglishStep, exercise: Exercise): Pick<PlanStep, 'role' | 'partIndex' | 'cues' | 'announcement'> {
  const prescription = exercise.prescription;
  const id = exercise.id;
  const side = prescription.sides === 'alternating' ? sideLabelText(id, step.side) : null;
  if (prescription.kind === 'max-hold') {
    const cues = refs(step.cues.length, (index) => ({ ref: 'hold-cue', exerciseId: id, index }));
    return { role: 'hold', partIndex: null, cues, announcement: phrases([side, HOLD_MESSAGE, cues[0]]) };
  }
  const named = prescription.kind === 'timed' ? prescription.parts : prescription.phases;
  const partIndex = named.findIndex((part) => part.name === step.phase);
  const role = named[partIndex]?.role;
  if (role === undefined) throw new Error(`the saved plan names a phase '${String(step.phase)}' that ${id} does not have`);
  if (prescription.kind === 'timed') {
    const cues = refs(step.cues.length, (index) => ({ ref: 'part-cue', exerciseId: id, part: partIndex, index }));
    return { role, partIndex, cues, announcement: phrases([side, { ref: 'part-name', exerciseId: id, part: partIndex }, cues[0]]) };
  }
  const cue: CatalogText = { ref: 'phase-cue', exerciseId: id, part: partIndex };
  const first = partIndex === 0 && step.rep !== null && step.repCount !== null;
  return { role, partIndex, cues: [cue], announcement: first ? phrases([repMessage(step.rep!, step.repCount!), side, cue]) : [cue] };
}

function convertStep(step: EnglishStep, next: EnglishStep | undefined, english: Pick<Catalog, 'exercisesById'>): PlanStep {
  const base = {
    index: step.index, kind: step.kind, itemIndex: step.itemIndex, exerciseId: step.exerciseId, side: step.side,
    set: step.set, setCount: step.setCount, rep: step.rep, repCount: step.repCount,
    durationMs: step.durationMs, capMs: step.capMs, targetMs: step.targetMs,
    role: null, partIndex: null,
  };
  if (step.kind === 'finish') return { ...base, cues: [], announcement: [FINISH_MESSAGE] };
  const exercise = exerciseOf(step.exerciseId, english);
  switch (step.kind) {
    case 'get-ready': {
      const cues = setupCues(exercise.id, step.cues.length);
      // The setup cue was said only when "read setup cues" was on: the sentence tells.
      const saidSetup = step.cues[0] !== undefined && step.announcement.includes(step.cues[0]);
      return { ...base, cues, announcement: phrases([exerciseNameText(exercise.id), sideLabelText(exercise.id, step.side), saidSetup ? cues[0] : null]) };
    }
    case 'work':
      return { ...base, ...workStep(step, exercise) };
    case 'switch-sides': {
      const cue: CatalogText = { ref: 'switch-cue', exerciseId: exercise.id };
      return { ...base, cues: [cue], announcement: phrases([step.side ? switchMessage(step.side) : null, cue]) };
    }
    case 'rest-between-sets':
      return { ...base, cues: [], announcement: [REST_MESSAGE, nextSetMessage(step.set ?? 1, step.setCount ?? 1)] };
    case 'rest-between-exercises': {
      const following = exerciseOf(next?.exerciseId ?? null, english);
      return { ...base, cues: setupCues(following.id, step.cues.length), announcement: [REST_MESSAGE, nextExerciseMessage(following.id)] };
    }
  }
}

/** The overrides the item's steps show (sets, reps, one side), for its summary. */
function overridesShown(steps: readonly PlanStep[], itemIndex: number, exercise: Exercise): Overrides {
  const work = steps.filter((step) => step.itemIndex === itemIndex && step.kind === 'work');
  const sides = new Set(work.map((step) => step.side));
  const oneSide = exercise.prescription.sides !== 'bilateral' && sides.size === 1 ? [...sides][0] : null;
  return {
    ...(work[0]?.setCount ? { sets: work[0].setCount } : {}),
    ...(work[0]?.repCount ? { reps: work[0].repCount } : {}),
    ...(oneSide ? { sides: oneSide } : {}),
  };
}

/** The plan of a session saved with English text, in today's form (see the module comment). Throws on what does not fit. */
export function planFromEnglishText(old: unknown, english: Pick<Catalog, 'exercisesById'>): Plan {
  const plan = old as { routineId: string; routineName: string; totalDurationMs: number; steps: readonly EnglishStep[]; outline: readonly { itemIndex: number; exerciseId: string; durationMs: number; firstStepIndex: number }[] };
  if (typeof plan !== 'object' || plan === null || !Array.isArray(plan.steps) || !Array.isArray(plan.outline)) throw new Error('the saved plan has no steps');
  const steps = plan.steps.map((step, index) => {
    if (typeof step !== 'object' || step === null || !Array.isArray(step.cues) || typeof step.announcement !== 'string') throw new Error(`step ${index + 1} is not a step`);
    return convertStep(step, plan.steps[index + 1], english);
  });
  const outline = plan.outline.map((item): PlanExerciseOutline => {
    const exercise = exerciseOf(item.exerciseId, english);
    return {
      itemIndex: item.itemIndex,
      exerciseId: item.exerciseId,
      prescription: describePrescription(exercise, overridesShown(steps, item.itemIndex, exercise)),
      durationMs: item.durationMs,
      firstStepIndex: item.firstStepIndex,
    };
  });
  return { routineId: plan.routineId, routineName: plan.routineName, totalDurationMs: plan.totalDurationMs, steps, outline };
}
