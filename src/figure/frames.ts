/**
 * The figure as drawable frames: each segment as a transform (translate, rotate, stretch) of a
 * line drawn once in its own frame, so an animation only changes transforms. In SVG user units:
 * 100 per body height, y down (the floor at y = 0).
 */
import { segments, type BodyPointName, type Point, type Segment } from './kinematics';
import { placeAngles, type PlacedPose } from './placement';
import { headRadius, jointNames, segmentLengths, type JointAngles } from './skeleton';
import type { ContactName, Prop } from './poses';

export const UNITS_PER_BODY_HEIGHT = 100;

export interface SegmentTransform {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly deg: number;
  /** The drawn length over the segment's own: an arm pointing at the viewer looks shorter. */
  readonly scale: number;
}

export interface FigureFrame {
  readonly segments: readonly SegmentTransform[];
  readonly head: { readonly x: number; readonly y: number; readonly deg: number };
}

/** Each segment's own length, in user units: the line drawn in its frame. */
export const segmentBaseLength = (segment: Segment, points: Readonly<Record<BodyPointName, Point>>): number => {
  const nominal: Record<string, number> = {
    lowerTorso: segmentLengths.lowerTorso, midTorso: segmentLengths.midTorso, upperTorso: segmentLengths.upperTorso, neck: segmentLengths.neck,
    upperArm: segmentLengths.upperArm, forearm: segmentLengths.forearm, hand: segmentLengths.hand, thigh: segmentLengths.thigh, shin: segmentLengths.shin,
  };
  const key = segment.name.replace(/^(near|far)-/, '');
  const length = nominal[key];
  if (length !== undefined) return length * UNITS_PER_BODY_HEIGHT;
  const from = points[segment.from];
  const to = points[segment.to];
  return Math.hypot(to.x - from.x, to.y - from.y) * UNITS_PER_BODY_HEIGHT;
};

/** Each segment's own length, worked out once from the upright pose. */
const baseLengths: readonly number[] = (() => {
  const standing = placeAngles(Object.fromEntries(jointNames.map((joint) => [joint, 0])) as JointAngles, 'feet', []).points;
  return segments.map((segment) => segmentBaseLength(segment, standing));
})();

const toSvg = (p: Point) => ({ x: p.x * UNITS_PER_BODY_HEIGHT, y: -p.y * UNITS_PER_BODY_HEIGHT });

/** A placed pose as transforms; `previous` keeps each angle within half a turn of the last frame, so it never spins the long way. */
export function frameOf(placed: PlacedPose, previous?: FigureFrame): FigureFrame {
  const list = segments.map((segment, index) => {
    const from = toSvg(placed.points[segment.from]);
    const to = toSvg(placed.points[segment.to]);
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const base = baseLengths[index]!;
    const deg = unwrap((Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI, previous?.segments[index]?.deg);
    return { name: segment.name, x: round(from.x), y: round(from.y), deg: round(deg), scale: base > 0 ? round(length / base, 3) : 1 };
  });
  const head = toSvg(placed.points.headCenter);
  return { segments: list, head: { x: round(head.x), y: round(head.y), deg: round(unwrap(-placed.faceDeg, previous?.head.deg)) } };
}

function unwrap(deg: number, near: number | undefined): number {
  if (near === undefined) return deg;
  let value = deg;
  while (value - near > 180) value -= 360;
  while (value - near < -180) value += 360;
  return value;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export const headRadiusUnits = headRadius * UNITS_PER_BODY_HEIGHT;

/** A transform as CSS/SVG text, for an attribute and for a keyframe alike. */
export const segmentTransformText = (t: SegmentTransform): string => `translate(${t.x}px, ${t.y}px) rotate(${t.deg}deg) scale(${t.scale}, 1)`;
export const headTransformText = (head: FigureFrame['head']): string => `translate(${head.x}px, ${head.y}px) rotate(${head.deg}deg)`;

/** Frames from one set of angles to another, anchor and floor solved at every sample. */
export function interpolatedFrames(from: JointAngles, to: JointAngles, anchor: ContactName, props: readonly Prop[], fractions: readonly number[]): FigureFrame[] {
  const frames: FigureFrame[] = [];
  for (const fraction of fractions) {
    const angles = Object.fromEntries(jointNames.map((joint) => [joint, from[joint] + (to[joint] - from[joint]) * fraction])) as JointAngles;
    frames.push(frameOf(placeAngles(angles, anchor, props), frames.at(-1)));
  }
  return frames;
}
