/**
 * Forward kinematics: joint angles in, the body's points out, in body heights with the hip
 * joint at the origin, y up, the figure facing +x (see skeleton.ts for the conventions).
 */
import { headRadius, segmentLengths as L, segmentWidths as W, type JointAngles } from './skeleton';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type LimbSide = 'near' | 'far';

/** Every named point of the body; limbs have one per side. */
export type BodyPointName =
  | 'hip' | 'waist' | 'midBack' | 'shoulder' | 'neckTop' | 'headCenter'
  | `${LimbSide}${'Elbow' | 'Wrist' | 'HandTip' | 'Knee' | 'Ankle' | 'Heel' | 'Toe'}`;

/** A drawn piece of the body: a thick line from `from` to `to`, or the head's circle. */
export interface Segment {
  readonly name: string;
  readonly layer: LimbSide | 'body';
  readonly from: BodyPointName;
  readonly to: BodyPointName;
  /** Stroke width, body heights. */
  readonly width: number;
}

export interface BodyPoints {
  readonly points: Readonly<Record<BodyPointName, Point>>;
  /** The direction the face looks, degrees (for the nose). */
  readonly faceDeg: number;
}

const toRad = (deg: number) => (deg * Math.PI) / 180;
const step = (from: Point, deg: number, length: number): Point => ({ x: from.x + length * Math.cos(toRad(deg)), y: from.y + length * Math.sin(toRad(deg)) });

/** Draw order: the far limbs behind the body, the near limbs in front. */
export const segments: readonly Segment[] = [
  ...limbSegments('far'),
  { name: 'lowerTorso', layer: 'body', from: 'hip', to: 'waist', width: W.torso },
  { name: 'midTorso', layer: 'body', from: 'waist', to: 'midBack', width: W.torso },
  { name: 'upperTorso', layer: 'body', from: 'midBack', to: 'shoulder', width: W.torso },
  { name: 'neck', layer: 'body', from: 'shoulder', to: 'neckTop', width: W.neck },
  ...limbSegments('near'),
];

function limbSegments(side: LimbSide): Segment[] {
  const seg = (name: string, from: BodyPointName, to: BodyPointName, width: number): Segment => ({ name: `${side}-${name}`, layer: side, from, to, width });
  // The leg before the arm: in every pose here an arm in front of the thigh reads better than behind it.
  return [
    seg('thigh', 'hip', `${side}Knee`, W.thigh),
    seg('shin', `${side}Knee`, `${side}Ankle`, W.shin),
    seg('heel', `${side}Ankle`, `${side}Heel`, W.foot),
    seg('foot', `${side}Heel`, `${side}Toe`, W.foot),
    seg('upperArm', 'shoulder', `${side}Elbow`, W.upperArm),
    seg('forearm', `${side}Elbow`, `${side}Wrist`, W.forearm),
    seg('hand', `${side}Wrist`, `${side}HandTip`, W.hand),
  ];
}

/** The absolute directions of the torso's three pieces and the neck, degrees. */
function spineDirections(angles: JointAngles) {
  const lowerTorso = angles.pelvis;
  const midTorso = lowerTorso - angles.lowerBack;
  const upperTorso = midTorso - angles.upperBack;
  const neck = upperTorso - angles.neck;
  return { lowerTorso, midTorso, upperTorso, neck };
}

/** Every body point of a pose, the hip joint at (0, 0). */
export function bodyPoints(angles: JointAngles): BodyPoints {
  const dir = spineDirections(angles);
  const hip = { x: 0, y: 0 };
  const waist = step(hip, dir.lowerTorso, L.lowerTorso);
  const midBack = step(waist, dir.midTorso, L.midTorso);
  const shoulder = step(midBack, dir.upperTorso, L.upperTorso);
  const neckTop = step(shoulder, dir.neck, L.neck);
  const headCenter = step(neckTop, dir.neck, headRadius * 0.85);
  const limbs = (side: LimbSide) => {
    const a = (joint: string) => angles[`${side}${joint}` as keyof JointAngles];
    // An arm out to the side points partly at the viewer: the side view shows it shorter.
    const armScale = Math.cos(toRad(a('ArmSpread')));
    const upperArmDeg = dir.upperTorso + 180 + a('Shoulder');
    const forearmDeg = upperArmDeg + a('Elbow');
    const handDeg = forearmDeg + a('Wrist');
    const elbow = step(shoulder, upperArmDeg, L.upperArm * armScale);
    // A forearm bent away from the side (a "W": upper arms out, forearms forward) lies back in the picture's plane.
    const forearmScale = Math.cos(toRad(a('ArmSpread') * Math.max(0, 1 - a('Elbow') / 90)));
    const wrist = step(elbow, forearmDeg, L.forearm * forearmScale);
    const handTip = step(wrist, handDeg, L.hand * Math.max(forearmScale, 0.5));
    const thighDeg = dir.lowerTorso + 180 + a('Hip');
    const shinDeg = thighDeg - a('Knee');
    const footDeg = shinDeg + 90 + a('Ankle');
    const knee = step(hip, thighDeg, L.thigh);
    const ankle = step(knee, shinDeg, L.shin);
    const sole = step(ankle, shinDeg, L.ankleHeight);
    const heel = step(sole, footDeg + 180, L.heelBack);
    const toe = step(sole, footDeg, L.foot);
    return { [`${side}Elbow`]: elbow, [`${side}Wrist`]: wrist, [`${side}HandTip`]: handTip, [`${side}Knee`]: knee, [`${side}Ankle`]: ankle, [`${side}Heel`]: heel, [`${side}Toe`]: toe };
  };
  const points = { hip, waist, midBack, shoulder, neckTop, headCenter, ...limbs('near'), ...limbs('far') } as Record<BodyPointName, Point>;
  return { points, faceDeg: dir.neck - 90 };
}

/** How far the body's surface reaches around each point (half the thickest segment there), body heights. */
export const pointRadius: Readonly<Record<BodyPointName, number>> = (() => {
  const radius: Partial<Record<BodyPointName, number>> = { headCenter: headRadius };
  for (const segment of segments) {
    for (const end of [segment.from, segment.to]) radius[end] = Math.max(radius[end] ?? 0, segment.width / 2);
  }
  return radius as Record<BodyPointName, number>;
})();

export const bodyPointNames = Object.keys(pointRadius) as BodyPointName[];

export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The smallest box around the body's surface. */
export function boundingBox(points: Readonly<Record<BodyPointName, Point>>): Box {
  let box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const name of bodyPointNames) box = growBox(box, points[name], pointRadius[name]);
  return box;
}

export function growBox(box: Box, point: Point, radius = 0): Box {
  return {
    minX: Math.min(box.minX, point.x - radius),
    minY: Math.min(box.minY, point.y - radius),
    maxX: Math.max(box.maxX, point.x + radius),
    maxY: Math.max(box.maxY, point.y + radius),
  };
}

export const translatePoints = (points: Readonly<Record<BodyPointName, Point>>, dx: number, dy: number): Record<BodyPointName, Point> =>
  Object.fromEntries(Object.entries(points).map(([name, p]) => [name, { x: p.x + dx, y: p.y + dy }])) as Record<BodyPointName, Point>;
