import { memo, useState, type CSSProperties } from 'react';
import type { Side } from '../../catalog/schema';
import type { FigureFrame } from '../../figure/frames';
import { samePose, type Motion } from '../../figure/motion';
import type { ExercisePoses, Pose } from '../../figure/poses';
import type { Translate } from '../i18n/i18n';
import { FigureSvg } from './figure-svg';
import { figureLabel } from './figure-text';
import { exerciseViewBox, stillFrame } from './pose-library';

interface StillPosesProps {
  readonly poses: ExercisePoses;
  readonly motion: Motion;
  readonly side: Side | null;
  /** The exercise's name, in the current language. */
  readonly name: string;
  readonly t: Translate;
}

/** Two poses drawn alike: the same joint angles and the same props. */
const sameDrawing = (a: Pose, b: Pose): boolean => samePose(a, b) && a.props.length === b.props.length && a.props.every((prop, index) => prop === b.props[index]);

const frames = new WeakMap<Pose, FigureFrame>();
function cachedStillFrame(poses: ExercisePoses, pose: Pose): FigureFrame {
  let frame = frames.get(pose);
  if (!frame) {
    frame = stillFrame(poses, pose);
    frames.set(pose, frame);
  }
  return frame;
}

/** One pose's drawing: made once, whatever step shows it. */
const PoseSvg = memo(function PoseSvg({ poses, pose, mirrored }: { poses: ExercisePoses; pose: Pose; mirrored: boolean }) {
  return <FigureSvg frame={cachedStillFrame(poses, pose)} viewBox={exerciseViewBox(poses)} props={pose.props} mirrored={mirrored} />;
});

/** The exercise's poses drawn so far, in the order first shown. */
interface Drawn {
  readonly exerciseId: string;
  readonly poses: readonly Pose[];
}

/** `drawn` with the poses of `motion` it lacks; `drawn` itself when it has them all. */
function withPosesOf(drawn: Drawn, exerciseId: string, motion: Motion): Drawn {
  const base = drawn.exerciseId === exerciseId ? drawn.poses : [];
  const missing = [motion.from, motion.to].filter((pose, index, both) => !base.some((shown) => sameDrawing(shown, pose)) && (index === 0 || !sameDrawing(pose, both[0]!)));
  return missing.length === 0 && base === drawn.poses ? drawn : { exerciseId, poses: [...base, ...missing] };
}

/**
 * With reduced motion: the step's start and end poses side by side, still, or one pose alone for
 * a still step (a get-ready, a hold).
 *
 * Each pose the exercise has shown keeps its own drawing: a new step only places them (first,
 * second, or out of sight) and names them. Redrawing the two figures for each rep phase restyled
 * some 50 SVG elements every 2 to 3 s (7 to 10 ms at a 4× CPU slowdown), showing a hidden one
 * again as much; now a phase's change restyles a few boxes. Every pose is laid out at the size it
 * has beside another, a pose alone scaled up (see figure.css), so no step lays out their shapes again.
 */
export function StillPoses({ poses, motion, side, name, t }: StillPosesProps) {
  const exerciseId = poses.exerciseId;
  const [drawn, setDrawn] = useState<Drawn>(() => withPosesOf({ exerciseId, poses: [] }, exerciseId, motion));
  const needed = withPosesOf(drawn, exerciseId, motion);
  // React's pattern for state that follows a prop: rendered again at once, before anything is shown.
  if (needed !== drawn) setDrawn(needed);
  const still = motion.from === motion.to;
  const viewBox = exerciseViewBox(poses);
  const aspect = (viewBox.width / viewBox.height).toFixed(3);
  const label = (pose: Pose) => figureLabel(t, name, exerciseId, pose.name, side);
  return (
    <div className="moving-figure is-still-pair" style={{ '--figure-aspect': aspect } as CSSProperties}>
      {needed.poses.map((pose) => {
        const isStart = !still && sameDrawing(pose, motion.from);
        const isEnd = !isStart && sameDrawing(pose, motion.to);
        const place = isStart ? 'start' : isEnd ? (still ? 'alone' : 'end') : 'offstage';
        return (
          <div
            // Keyed by pose: the drawing stays with its pose from step to step.
            key={needed.poses.indexOf(pose)}
            className={`exercise-figure is-${place}`}
            role={place === 'offstage' ? undefined : 'img'}
            aria-hidden={place === 'offstage' || undefined}
            aria-label={place === 'offstage' ? undefined : place === 'alone' ? label(motion.to) : t(isStart ? 'figure.start' : 'figure.end', { figure: label(isStart ? motion.from : motion.to) })}
          >
            <PoseSvg poses={poses} pose={pose} mirrored={side === 'left'} />
          </div>
        );
      })}
    </div>
  );
}
