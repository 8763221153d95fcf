/**
 * Poses as data (data/poses.json): for each exercise, named key poses (its setup and one per
 * phase role), each a set of joint angles, the body parts touching the floor and the props.
 * A pose may start from another (`base`) and change a few joints. This module turns the raw
 * file into complete poses; src/catalog/validate-poses.ts says what is wrong with a bad one.
 */
import { jointNames, type JointAngles } from './skeleton';
import type { BodyPointName } from './kinematics';

export const contactNames = [
  'hands', 'near-hand', 'far-hand', 'forearms', 'near-forearm', 'far-forearm', 'elbows',
  'knees', 'near-knee', 'far-knee', 'shins', 'near-shin', 'far-shin', 'feet', 'near-foot', 'far-foot',
  'toes', 'near-toes', 'far-toes', 'thighs', 'hips', 'belly', 'chest', 'back', 'shoulders',
] as const;
export type ContactName = (typeof contactNames)[number];

/** The body points each contact name stands for; the first is the one an anchor holds still. */
export const contactPoints: Readonly<Record<ContactName, readonly BodyPointName[]>> = {
  hands: ['nearWrist', 'nearHandTip', 'farWrist', 'farHandTip'],
  'near-hand': ['nearWrist', 'nearHandTip'],
  'far-hand': ['farWrist', 'farHandTip'],
  forearms: ['nearElbow', 'nearWrist', 'farElbow', 'farWrist'],
  'near-forearm': ['nearElbow', 'nearWrist'],
  'far-forearm': ['farElbow', 'farWrist'],
  elbows: ['nearElbow', 'farElbow'],
  knees: ['nearKnee', 'farKnee'],
  'near-knee': ['nearKnee'],
  'far-knee': ['farKnee'],
  shins: ['nearKnee', 'nearAnkle', 'farKnee', 'farAnkle'],
  'near-shin': ['nearKnee', 'nearAnkle'],
  'far-shin': ['farKnee', 'farAnkle'],
  feet: ['nearHeel', 'nearToe', 'farHeel', 'farToe'],
  'near-foot': ['nearHeel', 'nearToe'],
  'far-foot': ['farHeel', 'farToe'],
  toes: ['nearToe', 'farToe'],
  'near-toes': ['nearToe'],
  'far-toes': ['farToe'],
  thighs: ['nearKnee', 'farKnee', 'hip'],
  hips: ['hip'],
  belly: ['waist'],
  chest: ['midBack', 'shoulder'],
  back: ['midBack', 'shoulder'],
  shoulders: ['shoulder'],
};

export const propKinds = ['chair', 'pillow', 'band', 'dumbbells'] as const;
export type PropKind = (typeof propKinds)[number];

/** A prop; a chair or pillow stands on the floor `x` body heights in front of the anchor (a band or dumbbells are held). */
export interface Prop {
  readonly kind: PropKind;
  readonly x?: number;
}

export interface RawPose {
  readonly base?: string;
  readonly angles?: Readonly<Record<string, number>>;
  readonly contacts?: readonly string[];
  readonly props?: readonly Prop[];
  /** The pose is worked to and back again continuously, once every this many seconds (a timed part). */
  readonly cycleSeconds?: number;
}

export interface RawExercisePoses {
  readonly exerciseId: string;
  /** The contact that stays put while the figure moves (it is in every pose of the exercise). */
  readonly anchor: string;
  /** The pose a thumbnail shows: the exercise's peak. */
  readonly keyPose: string;
  readonly poses: Readonly<Record<string, RawPose>>;
}

export interface RawPoseFile {
  readonly version: 1;
  readonly exercises: readonly RawExercisePoses[];
}

export interface Pose {
  readonly name: string;
  readonly angles: JointAngles;
  readonly contacts: readonly ContactName[];
  readonly props: readonly Prop[];
  readonly cycleSeconds: number | null;
}

export interface ExercisePoses {
  readonly exerciseId: string;
  readonly anchor: ContactName;
  readonly keyPose: string;
  readonly poses: Readonly<Record<string, Pose>>;
}

/** A pose with its `base` chain applied; joints that no pose in the chain gives are missing from `angles`. */
export function resolveRawPose(poses: Readonly<Record<string, RawPose>>, name: string, seen: readonly string[] = []): RawPose & { angles: Readonly<Record<string, number>> } {
  const raw = poses[name];
  if (raw === undefined || seen.includes(name)) return { angles: {} };
  const base = raw.base === undefined ? { angles: {} } : resolveRawPose(poses, raw.base, [...seen, name]);
  return {
    angles: { ...base.angles, ...raw.angles },
    contacts: raw.contacts ?? base.contacts ?? [],
    props: raw.props ?? base.props ?? [],
    cycleSeconds: raw.cycleSeconds,
  };
}

/** The poses of the validated file, complete: trust after validation (src/catalog/validate-poses.ts). */
export function resolvePoseFile(file: RawPoseFile): ReadonlyMap<string, ExercisePoses> {
  return new Map(
    file.exercises.map((exercise) => [
      exercise.exerciseId,
      {
        exerciseId: exercise.exerciseId,
        anchor: exercise.anchor as ContactName,
        keyPose: exercise.keyPose,
        poses: Object.fromEntries(
          Object.keys(exercise.poses).map((name) => {
            const resolved = resolveRawPose(exercise.poses, name);
            const angles = Object.fromEntries(jointNames.map((joint) => [joint, resolved.angles[joint] ?? 0])) as JointAngles;
            const pose: Pose = { name, angles, contacts: (resolved.contacts ?? []) as ContactName[], props: resolved.props ?? [], cycleSeconds: resolved.cycleSeconds ?? null };
            return [name, pose];
          }),
        ),
      },
    ]),
  );
}
