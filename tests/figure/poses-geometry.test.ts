import { describe, expect, it } from 'vitest';
import exercisesFile from '../../data/exercises.json';
import poseFile from '../../data/poses.json';
import { poseProblemLines, prescriptionRoles } from '../../src/catalog/validate-poses';
import { bodyPointNames, type BodyPointName, type Point } from '../../src/figure/kinematics';
import { clearance, placePose } from '../../src/figure/placement';
import { contactPoints, resolvePoseFile, type RawPoseFile } from '../../src/figure/poses';
import { jointNames, jointRanges } from '../../src/figure/skeleton';

const library = resolvePoseFile(poseFile as unknown as RawPoseFile);
/** Body height is the unit: 2 % of it. */
const TOUCH_TOLERANCE = 0.02;
const everyPose = [...library.values()].flatMap((exercise) => Object.values(exercise.poses).map((pose) => ({ exercise, pose, name: `${exercise.exerciseId} / ${pose.name}` })));

const angleDeg = (from: Point, to: Point) => (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI;
/** How far a line is from level, degrees (either direction). */
const offLevelDeg = (from: Point, to: Point) => {
  const deg = Math.abs(angleDeg(from, to)) % 180;
  return Math.min(deg, 180 - deg);
};
const placed = (exerciseId: string, poseName: string) => {
  const exercise = library.get(exerciseId)!;
  return placePose(exercise.poses[poseName]!, exercise.anchor).points;
};

describe('the shipped poses', () => {
  it('pass the build-time check, with a pose for every phase of every prescription', () => {
    expect(poseProblemLines(poseFile, exercisesFile)).toEqual([]);
    for (const exercise of exercisesFile.exercises) {
      for (const role of prescriptionRoles(exercise)) expect(library.get(exercise.id)?.poses[role], `${exercise.id} / ${role}`).toBeDefined();
    }
  });

  it.each(everyPose)('$name: what touches the floor touches it, and nothing is below it', ({ pose, exercise }) => {
    const points = placePose(pose, exercise.anchor);
    const touching = new Set<BodyPointName>(pose.contacts.flatMap((contact) => contactPoints[contact]));
    for (const point of touching) expect(Math.abs(clearance(points, point, pose.props)), point).toBeLessThanOrEqual(TOUCH_TOLERANCE);
    for (const point of bodyPointNames) expect(clearance(points, point, pose.props), point).toBeGreaterThanOrEqual(-TOUCH_TOLERANCE);
  });

  it.each(everyPose)('$name: every joint angle is within its range', ({ pose }) => {
    for (const joint of jointNames) {
      expect(pose.angles[joint], joint).toBeGreaterThanOrEqual(jointRanges[joint].minDeg);
      expect(pose.angles[joint], joint).toBeLessThanOrEqual(jointRanges[joint].maxDeg);
    }
  });
});

describe("the article's words, measured", () => {
  it.each(['quadruped-leg-raise', 'back-stretch-countermovement'])('%s on all fours: back level within 10°, hands under the shoulders, knees under the hips', (exerciseId) => {
    const p = placed(exerciseId, 'setup');
    expect(offLevelDeg(p.hip, p.shoulder)).toBeLessThanOrEqual(10);
    expect(Math.abs(p.nearWrist.x - p.shoulder.x)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(p.nearKnee.x - p.hip.x)).toBeLessThanOrEqual(0.03);
  });

  it('pelvic lift, raised: the upper body and the thigh form a straight line', () => {
    const p = placed('pelvic-lift', 'raise');
    const bodyDeg = angleDeg(p.shoulder, p.hip);
    const thighDeg = angleDeg(p.hip, p.nearKnee);
    expect(Math.abs(bodyDeg - thighDeg)).toBeLessThanOrEqual(10);
    expect(p.hip.y).toBeGreaterThan(0.15);
  });

  it('stretch position: heels, buttocks, back and arms are level', () => {
    const p = placed('back-stretch-countermovement', 'stretch');
    expect(offLevelDeg(p.nearHeel, p.hip)).toBeLessThanOrEqual(10);
    expect(offLevelDeg(p.hip, p.shoulder)).toBeLessThanOrEqual(10);
    expect(offLevelDeg(p.shoulder, p.farWrist)).toBeLessThanOrEqual(10);
  });

  it('chair stretch: the hands rest on the chair seat while the knees kneel on the pillow', () => {
    const exercise = library.get('chair-stretch')!;
    const pose = exercise.poses['lean-in']!;
    const points = placePose(pose, exercise.anchor);
    expect(points.points.nearHandTip.y).toBeGreaterThan(0.25);
    expect(Math.abs(clearance(points, 'nearHandTip', pose.props))).toBeLessThanOrEqual(TOUCH_TOLERANCE);
  });
});

describe('the pose check', () => {
  const withEdit = (edit: (file: { exercises: { exerciseId: string; poses: Record<string, { angles?: Record<string, number> }> }[] }) => void) => {
    const file = structuredClone(poseFile) as unknown as Parameters<typeof edit>[0];
    edit(file);
    return poseProblemLines(file, exercisesFile);
  };

  it('names the exercise, the pose and the joint of an unknown joint', () => {
    expect(withEdit((file) => (file.exercises[1]!.poses.raise!.angles = { nearElbo: 10 }))).toEqual([
      expect.stringMatching(/^data\/poses\.json: exercise "pelvic-lift", pose "raise", joint "nearElbo": unknown joint/),
    ]);
  });

  it('names the exercise, the pose and the joint of a knee bent backwards', () => {
    expect(withEdit((file) => (file.exercises[0]!.poses['straight-leg']!.angles = { nearKnee: -20 }))).toEqual([
      'data/poses.json: exercise "quadruped-leg-raise", pose "straight-leg", joint "nearKnee": -20° is outside its range, 0° to 160°',
    ]);
  });

  it('names a pose missing for a phase the prescription has', () => {
    expect(withEdit((file) => delete file.exercises[1]!.poses.lower)).toEqual(['data/poses.json: exercise "pelvic-lift", pose "lower": missing (the prescription has a "lower" phase)']);
  });
});
