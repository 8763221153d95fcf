/**
 * The figure's body, in body heights (1 = a person's standing height) and degrees: which joints
 * there are, how far each may turn, and how long and thick each segment is. Pure data for the
 * forward kinematics (kinematics.ts) and for the catalog's pose validation.
 *
 * Conventions: a side view, the figure facing +x with y up. Every joint angle is "flexion
 * positive" (the way the limb bends toward the front of the body), 0 being the upright standing
 * position with the arms hanging. `pelvis` is the only absolute angle: the direction of the
 * lower torso (0 = pointing forward, 90 = up, -90 = lying with the head toward +x face down is 0).
 * The near limbs are the figure's right side (the side a viewer sees when it faces right).
 */

export const limbJoints = ['Shoulder', 'ArmSpread', 'Elbow', 'Wrist', 'Hip', 'Knee', 'Ankle'] as const;
export type LimbJoint = (typeof limbJoints)[number];

export const jointNames = [
  'pelvis',
  'lowerBack',
  'upperBack',
  'neck',
  ...limbJoints.map((joint) => `near${joint}` as const),
  ...limbJoints.map((joint) => `far${joint}` as const),
] as const;
export type JointName = (typeof jointNames)[number];

export interface JointRange {
  readonly minDeg: number;
  readonly maxDeg: number;
}

/**
 * How far each joint may turn, degrees. A knee never bends backwards (0 is straight); the neck
 * stays near the line of the spine, as every cue asks ("head in line with your spine", "the head
 * is not pulled back"); `ArmSpread` is how far an arm points out to the side, toward the viewer
 * (0: in the plane of the picture, 90: straight at the viewer), which the side view shows as a
 * shorter arm.
 */
const limbRanges: Readonly<Record<LimbJoint, JointRange>> = {
  Shoulder: { minDeg: -70, maxDeg: 200 },
  ArmSpread: { minDeg: 0, maxDeg: 80 },
  Elbow: { minDeg: 0, maxDeg: 150 },
  Wrist: { minDeg: -90, maxDeg: 100 },
  Hip: { minDeg: -35, maxDeg: 140 },
  Knee: { minDeg: 0, maxDeg: 160 },
  Ankle: { minDeg: -90, maxDeg: 35 },
};

export const jointRanges: Readonly<Record<JointName, JointRange>> = {
  pelvis: { minDeg: -180, maxDeg: 180 },
  lowerBack: { minDeg: -35, maxDeg: 50 },
  upperBack: { minDeg: -30, maxDeg: 45 },
  neck: { minDeg: -20, maxDeg: 45 },
  ...(Object.fromEntries(limbJoints.flatMap((joint) => [
    [`near${joint}`, limbRanges[joint]],
    [`far${joint}`, limbRanges[joint]],
  ])) as Record<`near${LimbJoint}` | `far${LimbJoint}`, JointRange>),
};

export const isJointName = (name: string): name is JointName => (jointNames as readonly string[]).includes(name);

/** Segment lengths, body heights (roughly the classic anthropometric proportions). */
export const segmentLengths = {
  lowerTorso: 0.11,
  midTorso: 0.1,
  upperTorso: 0.08,
  neck: 0.05,
  upperArm: 0.165,
  forearm: 0.14,
  hand: 0.075,
  thigh: 0.245,
  shin: 0.245,
  /** Ankle to toe tip, along the foot. */
  foot: 0.12,
  /** The ankle sits this far above the sole. */
  ankleHeight: 0.035,
  /** The heel sticks out this far behind the ankle. */
  heelBack: 0.03,
} as const;

export const headRadius = 0.062;

/** Segment thicknesses (the drawn stroke's width), body heights. */
export const segmentWidths = {
  torso: 0.11,
  neck: 0.05,
  upperArm: 0.05,
  forearm: 0.042,
  hand: 0.035,
  thigh: 0.08,
  shin: 0.056,
  foot: 0.03,
} as const;

/** The joint angles of a pose: every joint, degrees. */
export type JointAngles = Readonly<Record<JointName, number>>;
