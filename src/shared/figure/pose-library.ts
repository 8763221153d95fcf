/**
 * The shipped key poses (data/poses.json, validated at build time), resolved once, with the
 * picture frame each exercise is drawn in: the same for all its poses, so a moving figure never
 * rescales between steps and a thumbnail shows it at the size the player does.
 */
import poseFile from '../../../data/poses.json';
import { frameOf, interpolatedFrames, UNITS_PER_BODY_HEIGHT, type FigureFrame } from '../../figure/frames';
import { boundingBox, growBox, type Box } from '../../figure/kinematics';
import { placePose, propSizes } from '../../figure/placement';
import { resolvePoseFile, type ExercisePoses, type Pose, type RawPoseFile } from '../../figure/poses';

const library = resolvePoseFile(poseFile as unknown as RawPoseFile);

export const exercisePoses = (exerciseId: string): ExercisePoses | undefined => library.get(exerciseId);

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const viewBoxes = new Map<string, ViewBox>();

/** The exercise's frame in SVG units: every pose, the midpoints between them and the props, with a margin; at least 1.4 wide per 1 high. */
export function exerciseViewBox(poses: ExercisePoses): ViewBox {
  const cached = viewBoxes.get(poses.exerciseId);
  if (cached) return cached;
  const all = Object.values(poses.poses);
  let box: Box = { minX: Infinity, minY: 0, maxX: -Infinity, maxY: 0.05 };
  for (const from of all) {
    box = union(box, boundingBox(placePose(from, poses.anchor).points));
    for (const to of all) {
      const [mid] = interpolatedFrames(from.angles, to.angles, poses.anchor, from.props, [0.5]);
      if (mid) box = growBox(growBox(box, { x: mid.head.x / UNITS_PER_BODY_HEIGHT, y: -mid.head.y / UNITS_PER_BODY_HEIGHT }), { x: mid.segments[0]!.x / UNITS_PER_BODY_HEIGHT, y: 0 });
    }
    for (const prop of from.props) {
      if (prop.kind === 'chair') box = growBox(growBox(box, { x: prop.x ?? 0, y: propSizes.chair.backHeight }), { x: (prop.x ?? 0) + propSizes.chair.seatDepth, y: 0 });
    }
  }
  const margin = 0.05;
  let width = box.maxX - box.minX + 2 * margin;
  let height = box.maxY - box.minY + 2 * margin;
  let x = box.minX - margin;
  let top = box.maxY + margin;
  if (width < height * 1.4) {
    x -= (height * 1.4 - width) / 2;
    width = height * 1.4;
  }
  if (height < width / 2.4) {
    top += width / 2.4 - height;
    height = width / 2.4;
  }
  const viewBox = { x: x * UNITS_PER_BODY_HEIGHT, y: -top * UNITS_PER_BODY_HEIGHT, width: width * UNITS_PER_BODY_HEIGHT, height: height * UNITS_PER_BODY_HEIGHT };
  viewBoxes.set(poses.exerciseId, viewBox);
  return viewBox;
}

const union = (a: Box, b: Box): Box => ({ minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) });

/** A pose, standing still, as a drawable frame. */
export const stillFrame = (poses: ExercisePoses, pose: Pose): FigureFrame => frameOf(placePose(pose, poses.anchor));
