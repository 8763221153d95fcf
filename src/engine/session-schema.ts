/**
 * The shape of a stored session, for `restoreSession`: what comes back from storage is untrusted.
 * Loaded only with the player (valibot stays out of the first page load).
 */
import * as v from 'valibot';
import { stepRoles } from '../catalog/step-roles';
import type { EngineMessageKey } from './types';

const time = v.pipe(v.number(), v.finite());
const duration = v.pipe(v.number(), v.finite(), v.minValue(0));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)));
const sideValue = v.picklist(['right', 'left']);
const side = v.nullable(sideValue);
const id = v.pipe(v.string(), v.maxLength(200));

const catalogTextSchema = v.variant('ref', [
  v.object({ ref: v.literal('exercise-name'), exerciseId: id }),
  v.object({ ref: v.literal('side-label'), exerciseId: id, side: sideValue }),
  v.object({ ref: v.literal('setup-cue'), exerciseId: id, index }),
  v.object({ ref: v.literal('part-cue'), exerciseId: id, part: index, index }),
  v.object({ ref: v.literal('phase-cue'), exerciseId: id, part: index }),
  v.object({ ref: v.literal('hold-cue'), exerciseId: id, index }),
  v.object({ ref: v.literal('switch-cue'), exerciseId: id }),
  v.object({ ref: v.literal('part-name'), exerciseId: id, part: index }),
]);

const engineMessageKeys = [
  'engine.rep', 'engine.repShort', 'engine.startWith', 'engine.needEquipment', 'engine.newBest', 'engine.switchTo', 'engine.nextSet', 'engine.nextExercise', 'engine.holdMax', 'engine.rest', 'engine.finish', 'engine.finishPartly', 'engine.halfway', 'engine.targetReached',
] as const satisfies readonly EngineMessageKey[];

const engineMessageSchema = v.object({
  key: v.picklist(engineMessageKeys),
  values: v.optional(v.record(v.string(), v.union([v.pipe(v.number(), v.finite()), id]))),
});

/** A phrase is a catalog reference (it has `ref`) or an engine message (it has `key`). */
const phraseSchema = v.union([catalogTextSchema, engineMessageSchema]);

const prescriptionSchema = v.object({
  key: v.picklist(['engine.prescription.timed', 'engine.prescription.reps', 'engine.prescription.alternatingReps', 'engine.prescription.maxHold']),
  exerciseId: id,
  values: v.object({ sets: v.pipe(v.number(), v.finite()), reps: v.nullable(v.pipe(v.number(), v.finite())), sides: v.picklist(['both', 'perSide', 'alternating', 'right', 'left']) }),
  parts: v.array(v.object({ part: index, seconds: duration })),
});

const planStepSchema = v.object({
  index,
  kind: v.picklist(['get-ready', 'work', 'switch-sides', 'rest-between-sets', 'rest-between-exercises', 'finish']),
  itemIndex: v.nullable(index),
  exerciseId: v.nullable(id),
  side,
  set: count,
  setCount: count,
  rep: count,
  repCount: count,
  role: v.nullable(v.picklist(stepRoles)),
  partIndex: v.nullable(index),
  durationMs: v.nullable(duration),
  capMs: v.nullable(duration),
  targetMs: v.nullable(duration),
  cues: v.array(catalogTextSchema),
  announcement: v.array(phraseSchema),
  bestMs: v.optional(v.nullable(duration)),
});

const planSchema = v.object({
  routineId: v.string(),
  routineName: v.string(),
  steps: v.pipe(v.array(planStepSchema), v.minLength(1)),
  totalDurationMs: duration,
  outline: v.array(
    v.object({ itemIndex: index, exerciseId: id, prescription: prescriptionSchema, durationMs: duration, firstStepIndex: index }),
  ),
});

const stepRecordSchema = v.object({
  stepIndex: index,
  enteredAtMs: time,
  leftAtMs: v.nullable(time),
  outcome: v.nullable(v.picklist(['completed', 'done-early', 'skipped'])),
  activeMs: duration,
  extendedMs: duration,
  heldMs: v.nullable(duration),
});

export const sessionSchema = v.object({
  version: v.literal(2),
  plan: planSchema,
  status: v.picklist(['running', 'paused', 'finished', 'abandoned']),
  stepIndex: index,
  stepStartedAtMs: time,
  stepPausedMs: duration,
  stepExtendedMs: duration,
  pausedAtMs: v.nullable(time),
  startedAtMs: time,
  endedAtMs: v.nullable(time),
  totalPausedMs: duration,
  effectsScheduledUntilMs: time,
  log: v.array(stepRecordSchema),
});
