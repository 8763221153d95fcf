/**
 * Where a pose stands: on the floor (y = 0) or on a prop under it (a pillow, a chair's seat), its
 * anchor contact at x = 0. The lowest point of the body's surface rests on what is under it.
 */
import { bodyPointNames, bodyPoints, pointRadius, translatePoints, type BodyPointName, type Point } from './kinematics';
import { contactPoints, type ContactName, type Pose, type Prop } from './poses';
import type { JointAngles } from './skeleton';

/** Prop sizes, body heights. */
export const propSizes = {
  pillow: { width: 0.26, height: 0.04 },
  chair: { seatDepth: 0.24, seatHeight: 0.26, backHeight: 0.52, thickness: 0.025 },
} as const;

/** The height of what is under x: a pillow's or a chair seat's top, else the floor. */
export function supportHeightAt(x: number, props: readonly Prop[]): number {
  let height = 0;
  for (const prop of props) {
    const left = prop.x ?? 0;
    if (prop.kind === 'pillow' && Math.abs(x - left) <= propSizes.pillow.width / 2) height = Math.max(height, propSizes.pillow.height);
    if (prop.kind === 'chair' && x >= left && x <= left + propSizes.chair.seatDepth) height = Math.max(height, propSizes.chair.seatHeight);
  }
  return height;
}

export interface PlacedPose {
  readonly points: Readonly<Record<BodyPointName, Point>>;
  readonly faceDeg: number;
  /** Where the hip joint went: the translation from the kinematics' frame. */
  readonly offset: Point;
}

/** The pose's points with its anchor at x = 0 and its lowest surface resting on the floor or a prop. */
export function placeAngles(angles: JointAngles, anchor: ContactName, props: readonly Prop[]): PlacedPose {
  const body = bodyPoints(angles);
  const anchorPoint = body.points[contactPoints[anchor][0]!];
  const dx = -anchorPoint.x;
  let dy = Infinity;
  for (const name of bodyPointNames) {
    const point = body.points[name];
    dy = Math.min(dy, point.y - pointRadius[name] - supportHeightAt(point.x + dx, props));
  }
  return { points: translatePoints(body.points, dx, -dy), faceDeg: body.faceDeg, offset: { x: dx, y: -dy } };
}

export const placePose = (pose: Pose, anchor: ContactName): PlacedPose => placeAngles(pose.angles, anchor, pose.props);

/** How far above what is under it a point's surface is, body heights (0: touching). */
export function clearance(placed: PlacedPose, name: BodyPointName, props: readonly Prop[]): number {
  const point = placed.points[name];
  return point.y - pointRadius[name] - supportHeightAt(point.x, props);
}
