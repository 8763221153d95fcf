/**
 * One routine item's exercise with the item's overrides applied, in milliseconds, checked.
 * The input is typed, but it may come from an import that bypassed validation, so every number
 * is checked here and a bad one becomes a CompileFailure naming the item.
 */
import { MAX_STEP_SECONDS, type Exercise, type Overrides, type Side, type Sides } from '../catalog/schema';
import { holdPhaseIndex } from '../catalog/hold-phase';
import type { StepRole } from '../catalog/step-roles';
import { compileError, CompileFailure } from './compile-error';

/** Texts stay in the catalog: the engine keeps how many cues there are (their timing depends on it). */
export interface EffectivePart {
  readonly role: StepRole;
  readonly durationMs: number;
  readonly cueCount: number;
}

export interface EffectivePhase {
  readonly role: StepRole;
  readonly durationMs: number;
}

export type EffectiveWork =
  | { readonly kind: 'timed'; readonly parts: readonly EffectivePart[] }
  | { readonly kind: 'reps'; readonly reps: number; readonly phases: readonly EffectivePhase[] }
  | { readonly kind: 'max-hold'; readonly targetMs: number; readonly capMs: number; readonly cueCount: number };

export interface EffectiveExercise {
  readonly id: string;
  readonly setupCount: number;
  readonly mode: Sides;
  /** The sides worked, in order: [null] when bilateral. */
  readonly sides: readonly (Side | null)[];
  readonly sets: number;
  readonly restBetweenSetsMs: number;
  readonly switchMs: number;
  /** The catalog has its own switch cue ("Switch to the other leg."): said instead of the generic one. */
  readonly hasSwitchCue: boolean;
  /** The exercise lists equipment that is not optional (a chair): said before it, so it can be fetched. */
  readonly needsEquipment: boolean;
  readonly work: EffectiveWork;
}

const MAX_STEP_MS = MAX_STEP_SECONDS * 1000;
const DEFAULT_SWITCH_SECONDS = 5;

function checkedMs(seconds: unknown, itemIndex: number, what: string, allowZero = false): number {
  const ok = typeof seconds === 'number' && Number.isFinite(seconds) && (allowZero ? seconds >= 0 : seconds > 0);
  if (!ok || seconds * 1000 > MAX_STEP_MS) {
    const shown = typeof seconds === 'number' ? `${seconds} s` : 'missing';
    const limit = allowZero ? 'from 0 s to 1 hour' : 'more than 0 s and at most 1 hour';
    throw new CompileFailure(compileError('invalid-duration', itemIndex, `${what} is ${shown}; it must be ${limit}`));
  }
  return Math.round(seconds * 1000);
}

function checkedCount(count: unknown, itemIndex: number, what: string): number {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100) {
    throw new CompileFailure(compileError('invalid-item', itemIndex, `${what} must be a whole number from 1 to 100`));
  }
  return count;
}

/** How many texts the list has; it must be a list of at least one text. */
function checkedTexts(texts: unknown, itemIndex: number, what: string): number {
  if (!Array.isArray(texts) || texts.length === 0 || !texts.every((text) => typeof text === 'string')) {
    throw new CompileFailure(compileError('invalid-item', itemIndex, `${what} must be a list of texts`));
  }
  return texts.length;
}

const valueOf = (sourced: unknown): unknown => (typeof sourced === 'object' && sourced !== null ? (sourced as { value?: unknown }).value : undefined);

function sidesFor(mode: Sides, first: Side | undefined, only: Overrides['sides']): (Side | null)[] {
  if (mode === 'bilateral') return [null];
  if (only === 'right' || only === 'left') return [only];
  return first === 'left' ? ['left', 'right'] : ['right', 'left'];
}

function effectiveWork(exercise: Exercise, overrides: Overrides, itemIndex: number, paceFactor: number): EffectiveWork {
  const prescription = exercise.prescription;
  if (prescription.kind === 'timed') {
    const parts = Array.isArray(prescription.parts) && prescription.parts.length > 0 ? prescription.parts : null;
    if (!parts) throw new CompileFailure(compileError('invalid-item', itemIndex, `'${exercise.id}' has no timed parts`));
    return {
      kind: 'timed',
      parts: parts.map((part) => ({
        role: part.role,
        durationMs: checkedMs(overrides.seconds ?? valueOf(part.seconds), itemIndex, `part '${part.name}'`),
        cueCount: checkedTexts(part.cues, itemIndex, `the cues of part '${part.name}'`),
      })),
    };
  }
  if (prescription.kind === 'reps') {
    const phases = Array.isArray(prescription.phases) && prescription.phases.length > 0 ? prescription.phases : null;
    if (!phases) throw new CompileFailure(compileError('invalid-item', itemIndex, `'${exercise.id}' has no phases`));
    const holdIndex = holdPhaseIndex(phases);
    return {
      kind: 'reps',
      reps: checkedCount(overrides.reps ?? valueOf(prescription.reps), itemIndex, 'the number of repetitions'),
      phases: phases.map((phase, index) => {
        const seconds = index === holdIndex && overrides.holdSeconds !== undefined ? overrides.holdSeconds : valueOf(phase.seconds);
        const paced = typeof seconds === 'number' ? seconds * paceFactor : seconds;
        return { role: phase.role, durationMs: checkedMs(paced, itemIndex, `phase '${phase.name}'`) };
      }),
    };
  }
  if (prescription.kind === 'max-hold') {
    const capMs = checkedMs(valueOf(prescription.capSeconds), itemIndex, 'the hold cap');
    const targetMs = checkedMs(overrides.holdSeconds ?? valueOf(prescription.targetSeconds), itemIndex, 'the hold target');
    return { kind: 'max-hold', targetMs: Math.min(targetMs, capMs), capMs, cueCount: checkedTexts(prescription.cues, itemIndex, 'the hold cues') };
  }
  throw new CompileFailure(compileError('invalid-item', itemIndex, `'${exercise.id}' has an unknown kind of prescription`));
}

/** Applies `overrides` to the exercise's prescription and checks every number. Throws CompileFailure. */
export function effectiveExercise(exercise: Exercise, overrides: Overrides | undefined, itemIndex: number, paceFactor: number): EffectiveExercise {
  const given: Overrides = typeof overrides === 'object' && overrides !== null ? overrides : {};
  const prescription = exercise.prescription as Exercise['prescription'] | undefined;
  if (typeof prescription !== 'object' || prescription === null) {
    throw new CompileFailure(compileError('invalid-item', itemIndex, `'${exercise.id}' has no prescription`));
  }
  const mode: Sides = prescription.sides === 'per-side' || prescription.sides === 'alternating' ? prescription.sides : 'bilateral';
  const switchRule = prescription.switch ?? null;
  return {
    id: exercise.id,
    setupCount: checkedTexts(exercise.setup, itemIndex, `the setup of '${exercise.id}'`),
    mode,
    sides: sidesFor(mode, prescription.firstSide, given.sides),
    sets: checkedCount(given.sets ?? valueOf(prescription.sets), itemIndex, 'the number of sets'),
    restBetweenSetsMs: checkedMs(given.restBetweenSetsSeconds ?? valueOf(prescription.restBetweenSetsSeconds), itemIndex, 'the rest between sets', true),
    switchMs: checkedMs(switchRule ? valueOf(switchRule.seconds) : DEFAULT_SWITCH_SECONDS, itemIndex, 'the switch of sides', true),
    hasSwitchCue: typeof switchRule?.cue === 'string' && switchRule.cue.trim().length > 0,
    needsEquipment: Array.isArray(exercise.equipment) && exercise.equipment.some((piece: unknown) => typeof piece === 'object' && piece !== null && (piece as { optional?: unknown }).optional === false),
    work: effectiveWork(exercise, given, itemIndex, paceFactor),
  };
}
