import { headRadiusUnits, headTransformText, segmentBaseLength, segmentTransformText, UNITS_PER_BODY_HEIGHT, type FigureFrame } from '../../figure/frames';
import { bodyPoints, segments } from '../../figure/kinematics';
import { propSizes } from '../../figure/placement';
import type { Prop } from '../../figure/poses';
import { jointNames, type JointAngles } from '../../figure/skeleton';
import type { ViewBox } from './pose-library';

const U = UNITS_PER_BODY_HEIGHT;
const standingPoints = bodyPoints(Object.fromEntries(jointNames.map((joint) => [joint, 0])) as JointAngles).points;
/** Each segment's line, drawn once along +x; the frame's transforms put it in place. */
const segmentLines = segments.map((segment) => ({ ...segment, length: segmentBaseLength(segment, standingPoints) }));
/** The near arm often crosses the body: a thin gap in the background colour keeps its shape. */
const outlined = new Set(['near-upperArm', 'near-forearm', 'near-hand']);

export interface FigureSvgProps {
  readonly frame: FigureFrame;
  readonly viewBox: ViewBox;
  readonly props: readonly Prop[];
  /** Draw the figure facing left: the other side of the body is the near one. */
  readonly mirrored: boolean;
  /** Filled with each segment's element (by segment name, and 'head') for an animation to move. */
  readonly parts?: Map<string, SVGGElement>;
  readonly className?: string;
}

/**
 * The figure as SVG: the floor, the props, the far limbs (lighter) behind the body and the near
 * limbs in front. Decorative here: the caller gives the picture its role and name.
 */
export function FigureSvg({ frame, viewBox, props, mirrored, parts, className }: FigureSvgProps) {
  const register = (name: string) => (element: SVGGElement | null) => {
    if (!parts) return;
    if (element) parts.set(name, element);
    else parts.delete(name);
  };
  const flip = mirrored ? `matrix(-1 0 0 1 ${2 * viewBox.x + viewBox.width} 0)` : undefined;
  const held = new Set(props.map((prop) => prop.kind));
  return (
    <svg className={`figure-svg${className ? ` ${className}` : ''}`} viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`} aria-hidden="true" focusable="false">
      <line className="figure-floor" x1={viewBox.x} x2={viewBox.x + viewBox.width} y1={0.6} y2={0.6} />
      <g transform={flip}>
        {props.map((prop) => (
          <StandingProp key={prop.kind} prop={prop} />
        ))}
        {segmentLines.map((segment, index) => {
          const transform = frame.segments[index]!;
          const isHand = segment.name.endsWith('-hand');
          return (
            <g key={segment.name} ref={register(segment.name)} className={`figure-${segment.layer}`} style={{ transform: segmentTransformText(transform) }}>
              {outlined.has(segment.name) && <line className="figure-outline" x2={segment.length} strokeWidth={segment.width * U + 2.4} />}
              <line x2={segment.length} strokeWidth={segment.width * U} />
              {isHand && held.has('dumbbells') && <Dumbbell />}
              {isHand && held.has('band') && segment.layer === 'near' && <line className="figure-band" x1={2} x2={2} y1={-7} y2={7} />}
            </g>
          );
        })}
        <g ref={register('head')} className="figure-body" style={{ transform: headTransformText(frame.head) }}>
          <circle r={headRadiusUnits} />
          <circle cx={headRadiusUnits * 0.95} r={headRadiusUnits * 0.28} />
        </g>
      </g>
    </svg>
  );
}

function Dumbbell() {
  return (
    <g className="figure-prop-held">
      <line x1={1} x2={1} y1={-4} y2={4} strokeWidth={2} />
      <rect x={-1.5} y={-6} width={5} height={3} rx={1} />
      <rect x={-1.5} y={3} width={5} height={3} rx={1} />
    </g>
  );
}

/** A chair (seat toward the figure, back away from it) or a pillow, standing on the floor. */
function StandingProp({ prop }: { readonly prop: Prop }) {
  const x = (prop.x ?? 0) * U;
  if (prop.kind === 'pillow') {
    const { width, height } = propSizes.pillow;
    return <rect className="figure-prop" x={x - (width * U) / 2} y={-height * U} width={width * U} height={height * U} rx={(height * U) / 2} />;
  }
  if (prop.kind !== 'chair') return null;
  const { seatDepth, seatHeight, backHeight, thickness } = propSizes.chair;
  const t = thickness * U;
  return (
    <g className="figure-prop">
      <rect x={x} y={-seatHeight * U} width={seatDepth * U} height={t} />
      <rect x={x + t * 0.2} y={-seatHeight * U} width={t} height={seatHeight * U} />
      <rect x={x + seatDepth * U - t} y={-backHeight * U} width={t} height={backHeight * U} />
    </g>
  );
}
