import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Side } from '../../catalog/schema';
import { headTransformText, interpolatedFrames, segmentTransformText, type FigureFrame } from '../../figure/frames';
import { easeInOut, motionFor, motionFraction, type Motion, type StepForMotion } from '../../figure/motion';
import type { ExercisePoses } from '../../figure/poses';
import { exerciseName } from '../i18n/engine-text';
import { useCatalog } from '../i18n/use-catalog';
import { useT } from '../i18n/use-translation';
import { FigureSvg } from './figure-svg';
import { figureLabel } from './figure-text';
import { exercisePoses, exerciseViewBox } from './pose-library';
import { StillPoses } from './still-poses';
import { useReducedMotion } from './use-reduced-motion';
import './figure.css';

export interface MovingFigureProps extends StepForMotion {
  /**
   * Changes whenever the movement must start over (a new step, an extension), as the countdown
   * ring's key does: the figure then starts `elapsedMs` in, on the same SVG.
   */
  readonly animationKey?: string;
  readonly exerciseId: string;
  readonly side: Side | null;
  /** The exercise's rep phase roles in order ([] for timed parts and holds). */
  readonly phaseRoles: readonly string[];
  readonly elapsedMs: number;
  readonly paused: boolean;
}

/** Keyframes per movement: enough that the straight lines between them read as a smooth turn. */
const KEYFRAME_COUNT = 13;

const frameAt = (poses: ExercisePoses, motion: Motion, fraction: number): FigureFrame =>
  interpolatedFrames(motion.from.angles, motion.to.angles, poses.anchor, motion.to.props, [fraction])[0]!;

/**
 * The figure moving in step with the engine: from the previous phase's pose to this one's over
 * the step. The browser runs the movement (Web Animations over precomputed transforms, started
 * `elapsedMs` in when it mounts or its `animationKey` changes), so there is no React render per
 * frame; the parent changes the key for each step or extension, as it does the countdown ring's,
 * so the two always agree. A new step keeps the SVG and moves its parts (drawn anew for each
 * step, it cost a style and layout pass of some 90 new elements each time: 20 ms at a 4× CPU
 * slowdown, every 2 s in a rep exercise). It pauses with the session. With reduced motion it
 * shows the start and end poses side by side, still (a still pose alone: see StillPoses).
 */
export function MovingFigure(props: MovingFigureProps) {
  const { exerciseId, side, paused, elapsedMs } = props;
  const t = useT();
  const catalog = useCatalog();
  const reducedMotion = useReducedMotion();
  const poses = exercisePoses(exerciseId);
  const motion = useMemo(
    () => (poses ? motionFor(poses, { role: props.role, partIndex: props.partIndex, rep: props.rep, durationMs: props.durationMs }, props.phaseRoles) : null),
    [poses, props.role, props.partIndex, props.rep, props.durationMs, props.phaseRoles],
  );
  // Fixed when the step starts, like the ring's delay: the once-a-second renders must not move the
  // animation. (Set while rendering when the key changes: React's pattern for state that follows a prop.)
  const [start, setStart] = useState({ animationKey: props.animationKey, elapsedMs });
  if (start.animationKey !== props.animationKey) setStart({ animationKey: props.animationKey, elapsedMs });
  const startElapsedMs = start.animationKey === props.animationKey ? start.elapsedMs : elapsedMs;
  const [parts] = useState(() => new Map<string, SVGGElement>());
  const animating = motion !== null && motion.from !== motion.to && !reducedMotion;
  useFigureAnimation(parts, poses, motion, animating, startElapsedMs, paused, props.animationKey);

  if (!poses || !motion) return null;
  const name = exerciseName(exerciseId, catalog);
  if (reducedMotion) return <StillPoses poses={poses} motion={motion} side={side} name={name} t={t} />;
  const fraction = motionFraction(motion, paused ? elapsedMs : startElapsedMs);
  // The pose named is the one the step works toward: "Raise" shows the raised pose.
  return (
    <div className="moving-figure exercise-figure" role="img" aria-label={figureLabel(t, name, exerciseId, motion.to.name, side)} data-pose={motion.to.name} data-fraction={fraction.toFixed(2)} data-moving={animating && !paused ? 'true' : 'false'}>
      <FigureSvg frame={frameAt(poses, motion, fraction)} viewBox={exerciseViewBox(poses)} props={motion.to.props} mirrored={side === 'left'} parts={parts} />
    </div>
  );
}

function useFigureAnimation(
  parts: ReadonlyMap<string, SVGGElement>,
  poses: ExercisePoses | undefined,
  motion: Motion | null,
  animating: boolean,
  startElapsedMs: number,
  paused: boolean,
  animationKey: string | undefined,
) {
  const animationsRef = useRef<Animation[]>([]);
  useLayoutEffect(() => {
    if (!poses || !motion || !animating || motion.periodMs === null || motion.periodMs <= 0) return;
    const offsets = Array.from({ length: KEYFRAME_COUNT }, (_, index) => index / (KEYFRAME_COUNT - 1));
    const fractions = offsets.map((offset) => (motion.kind === 'cycle' ? easeInOut(offset < 0.5 ? offset * 2 : 2 - offset * 2) : easeInOut(offset)));
    const frames = interpolatedFrames(motion.from.angles, motion.to.angles, poses.anchor, motion.to.props, fractions);
    const animations: Animation[] = [];
    for (const [name, element] of parts) {
      if (typeof element.animate !== 'function') continue;
      const index = frames[0]!.segments.findIndex((segment) => segment.name === name);
      const keyframes = frames.map((frame, k) => ({
        offset: offsets[k],
        transform: name === 'head' ? headTransformText(frame.head) : segmentTransformText(frame.segments[index]!),
      }));
      const animation = element.animate(keyframes, { duration: motion.periodMs, iterations: motion.kind === 'cycle' ? Infinity : 1, fill: 'both' });
      animation.currentTime = motion.kind === 'cycle' ? startElapsedMs : Math.min(startElapsedMs, motion.periodMs);
      animations.push(animation);
    }
    animationsRef.current = animations;
    return () => {
      for (const animation of animations) animation.cancel();
      animationsRef.current = [];
    };
    // animationKey: the same movement again (the next rep's raise) starts over too.
  }, [parts, poses, motion, animating, startElapsedMs, animationKey]);
  useLayoutEffect(() => {
    for (const animation of animationsRef.current) {
      if (paused) animation.pause();
      else animation.play();
    }
  }, [paused, motion, animating, animationKey]);
}
