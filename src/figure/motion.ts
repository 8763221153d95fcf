/**
 * Which poses a step moves between, and how: the pose of the previous phase to this phase's
 * pose over the step (a raise, a lower), back and forth continuously (a timed part with
 * `cycleSeconds`), or into the pose over the first moments and then still (an open-ended hold).
 */
import type { ExercisePoses, Pose } from './poses';

export type MotionKind = 'once' | 'cycle' | 'settle';

export interface Motion {
  readonly from: Pose;
  readonly to: Pose;
  readonly kind: MotionKind;
  /** 'cycle': one there-and-back, ms; 'settle': the move into the pose, ms; 'once': the step's duration. */
  readonly periodMs: number | null;
}

/** How long an open-ended hold takes to get into its pose, ms. */
export const SETTLE_MS = 1500;

export interface StepForMotion {
  /** The phase role (raise, hold…); null outside work: the setup is shown, still. */
  readonly role: string | null;
  /** Which rep phase this is, and the exercise's phase roles in order (empty for timed parts and holds). */
  readonly partIndex: number | null;
  readonly rep: number | null;
  readonly durationMs: number | null;
}

/** The phase roles of an exercise's repetition, in order; [] when it has none. */
export function motionFor(poses: ExercisePoses, step: StepForMotion, phaseRoles: readonly string[]): Motion {
  const motion = movementFor(poses, step, phaseRoles);
  // A hold that starts where the raise ended does not move: one pose, and no animation to run.
  return samePose(motion.from, motion.to) ? { from: motion.to, to: motion.to, kind: 'once', periodMs: null } : motion;
}

export const samePose = (a: Pose, b: Pose): boolean =>
  a === b || (Object.keys(a.angles) as (keyof Pose['angles'])[]).every((joint) => a.angles[joint] === b.angles[joint]);

function movementFor(poses: ExercisePoses, step: StepForMotion, phaseRoles: readonly string[]): Motion {
  const setup = poses.poses.setup!;
  const to = (step.role !== null ? poses.poses[step.role] : undefined) ?? setup;
  if (step.role === null || to === setup) return { from: setup, to: setup, kind: 'once', periodMs: null };
  if (to.cycleSeconds !== null) return { from: setup, to, kind: 'cycle', periodMs: to.cycleSeconds * 1000 };
  if (step.durationMs === null || phaseRoles.length === 0) return { from: setup, to, kind: 'settle', periodMs: SETTLE_MS };
  const index = step.partIndex ?? 0;
  const firstOfAll = index === 0 && (step.rep ?? 1) === 1;
  const previousRole = firstOfAll ? 'setup' : phaseRoles[(index - 1 + phaseRoles.length) % phaseRoles.length]!;
  return { from: poses.poses[previousRole] ?? setup, to, kind: 'once', periodMs: step.durationMs };
}

/** Ease in and out: a movement starts and ends gently. t in [0, 1]. */
export const easeInOut = (t: number): number => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, t)))) / 2;

/**
 * How far from `from` toward `to` the figure is, 0 to 1, `elapsedMs` into the step: the same
 * rule the animation's keyframes follow, so a still frame and the moving one agree.
 */
export function motionFraction(motion: Motion, elapsedMs: number): number {
  if (motion.periodMs === null || motion.periodMs <= 0) return motion.from === motion.to ? 0 : 1;
  if (motion.kind === 'cycle') {
    const phase = (elapsedMs % motion.periodMs) / motion.periodMs;
    return easeInOut(phase < 0.5 ? phase * 2 : 2 - phase * 2);
  }
  return easeInOut(elapsedMs / motion.periodMs);
}
