import { describe, expect, it } from 'vitest';
import poseFile from '../../data/poses.json';
import { motionFor, motionFraction } from '../../src/figure/motion';
import { resolvePoseFile, type RawPoseFile } from '../../src/figure/poses';

const pelvicLift = resolvePoseFile(poseFile as unknown as RawPoseFile).get('pelvic-lift')!;
const roles = ['raise', 'hold', 'lower'];
const step = (role: string, partIndex: number, rep = 2) => ({ role, partIndex, rep, durationMs: 2000 });

describe('which poses a step moves between', () => {
  it('raises from the lowered pose to the raised one over the step, easing in and out', () => {
    const motion = motionFor(pelvicLift, step('raise', 0), roles);
    expect([motion.from.name, motion.to.name]).toEqual(['lower', 'raise']);
    expect(motionFraction(motion, 0)).toBe(0);
    expect(motionFraction(motion, 1000)).toBeCloseTo(0.5);
    expect(motionFraction(motion, 500)).toBeLessThan(0.25);
    expect(motionFraction(motion, 2000)).toBe(1);
  });

  it('holds still in the raised pose, and lowers from it', () => {
    const hold = motionFor(pelvicLift, step('hold', 1), roles);
    expect(hold.from).toBe(hold.to);
    expect(hold.periodMs).toBeNull();
    const lower = motionFor(pelvicLift, step('lower', 2), roles);
    expect([lower.from.name, lower.to.name]).toEqual(['hold', 'lower']);
  });

  it('starts the very first rep from the setup', () => {
    expect(motionFor(pelvicLift, step('raise', 0, 1), roles).from.name).toBe('setup');
  });
});
