/**
 * The shape of a stored session, for `restoreSession`: what comes back from storage is untrusted.
 * Loaded only with the player (valibot stays out of the first page load).
 */
import * as v from 'valibot';

const time = v.pipe(v.number(), v.finite());
const duration = v.pipe(v.number(), v.finite(), v.minValue(0));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)));
const side = v.nullable(v.picklist(['right', 'left']));

const planStepSchema = v.object({
  index,
  kind: v.picklist(['get-ready', 'work', 'switch-sides', 'rest-between-sets', 'rest-between-exercises', 'finish']),
  itemIndex: v.nullable(index),
  exerciseId: v.nullable(v.string()),
  exerciseName: v.nullable(v.string()),
  side,
  sideLabel: v.nullable(v.string()),
  set: count,
  setCount: count,
  rep: count,
  repCount: count,
  phase: v.nullable(v.string()),
  durationMs: v.nullable(duration),
  capMs: v.nullable(duration),
  targetMs: v.nullable(duration),
  cues: v.array(v.string()),
  announcement: v.string(),
});

const planSchema = v.object({
  routineId: v.string(),
  routineName: v.string(),
  steps: v.pipe(v.array(planStepSchema), v.minLength(1)),
  totalDurationMs: duration,
  outline: v.array(
    v.object({ itemIndex: index, exerciseId: v.string(), exerciseName: v.string(), prescriptionText: v.string(), durationMs: duration, firstStepIndex: index }),
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
  version: v.literal(1),
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
