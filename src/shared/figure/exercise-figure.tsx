import type { Side } from '../../catalog/schema';
import { exerciseName } from '../i18n/engine-text';
import { useCatalog } from '../i18n/use-catalog';
import { useT } from '../i18n/use-translation';
import { FigureSvg } from './figure-svg';
import { figureLabel } from './figure-text';
import { exercisePoses, exerciseViewBox, stillFrame } from './pose-library';
import './figure.css';

interface ExerciseFigureProps {
  readonly exerciseId: string;
  /** A pose's name; 'key' is the exercise's peak (the thumbnail's pose). */
  readonly pose?: string;
  readonly side?: Side | null;
  readonly className?: string;
}

/** One pose of an exercise, still: the thumbnail of the library, the routines and the player's waiting steps. */
export function ExerciseFigure({ exerciseId, pose = 'key', side = null, className }: ExerciseFigureProps) {
  const t = useT();
  const catalog = useCatalog();
  const poses = exercisePoses(exerciseId);
  if (!poses) return null;
  const poseName = pose === 'key' ? poses.keyPose : pose;
  const shown = poses.poses[poseName] ?? poses.poses.setup!;
  return (
    <div className={`exercise-figure${className ? ` ${className}` : ''}`} role="img" aria-label={figureLabel(t, exerciseName(exerciseId, catalog), exerciseId, shown.name, side)} data-pose={shown.name}>
      <FigureSvg frame={stillFrame(poses, shown)} viewBox={exerciseViewBox(poses)} props={shown.props} mirrored={side === 'left'} />
    </div>
  );
}
