import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import poseFile from '../../../data/poses.json';
import { frameOf, segmentTransformText } from '../../../src/figure/frames';
import { placePose } from '../../../src/figure/placement';
import { resolvePoseFile, type RawPoseFile } from '../../../src/figure/poses';
import { MovingFigure, type MovingFigureProps } from '../../../src/shared/figure/moving-figure';
import { preferReducedMotion } from '../../reduced-motion';

const pelvicLift = resolvePoseFile(poseFile as unknown as RawPoseFile).get('pelvic-lift')!;
const roles = ['raise', 'hold', 'lower'];
const thighOf = (poseName: string) => segmentTransformText(frameOf(placePose(pelvicLift.poses[poseName]!, pelvicLift.anchor)).segments.find((s) => s.name === 'near-thigh')!);

interface FakeAnimation {
  currentTime: number | null;
  readonly options: KeyframeAnimationOptions;
  readonly keyframes: Keyframe[];
  pause: ReturnType<typeof vi.fn>;
  play: ReturnType<typeof vi.fn>;
  cancel: ReturnType<typeof vi.fn>;
}
let animations: FakeAnimation[] = [];

beforeEach(() => {
  animations = [];
  // jsdom has no Web Animations: record what the figure asks the browser to run.
  Object.defineProperty(SVGElement.prototype, 'animate', {
    configurable: true,
    value(keyframes: Keyframe[], options: KeyframeAnimationOptions) {
      const animation: FakeAnimation = { currentTime: 0, options, keyframes, pause: vi.fn(), play: vi.fn(), cancel: vi.fn() };
      animations.push(animation);
      return animation;
    },
  });
});
afterEach(() => {
  delete (SVGElement.prototype as { animate?: unknown }).animate;
});

const step = (role: string, partIndex: number, elapsedMs: number, extra: Partial<MovingFigureProps> = {}): MovingFigureProps => ({
  exerciseId: 'pelvic-lift', side: null, role, partIndex, rep: 2, durationMs: 2000, phaseRoles: roles, elapsedMs, paused: false, ...extra,
});
const figure = () => screen.getByRole('img');
/** The near thigh: the first near segment drawn. */
const thighTransform = (container: HTMLElement) => container.querySelector<SVGGElement>('g.figure-near')!.style.transform;

describe('the moving figure', () => {
  it.each([
    ['start', 0, 'lower', '0.00'],
    ['end', 2000, 'raise', '1.00'],
  ])('shows the pose at the %s of a raise', (_, elapsedMs, poseName, fraction) => {
    const { container } = render(<MovingFigure {...step('raise', 0, elapsedMs as number)} />);
    expect(figure()).toHaveAttribute('data-fraction', fraction);
    expect(thighTransform(container)).toBe(thighOf(poseName as string));
    expect(figure()).toHaveAccessibleName('Pelvic lift (glute bridge): pelvis raised, upper body and thighs in a straight line');
  });

  it('is half-way between the poses in the middle of a raise, and the browser carries it on from there', () => {
    const { container } = render(<MovingFigure {...step('raise', 0, 1000)} />);
    expect(figure()).toHaveAttribute('data-fraction', '0.50');
    expect(thighTransform(container)).not.toBe(thighOf('lower'));
    expect(thighTransform(container)).not.toBe(thighOf('raise'));
    expect(animations.length).toBeGreaterThan(10);
    for (const animation of animations) {
      expect(animation.options).toMatchObject({ duration: 2000, iterations: 1, fill: 'both' });
      expect(animation.currentTime).toBe(1000);
    }
    expect(figure()).toHaveAttribute('data-moving', 'true');
  });

  it.each([0, 1000, 2000])('holds the raised pose still through a hold step (%i ms in), with no animation', (elapsedMs) => {
    const { container } = render(<MovingFigure {...step('hold', 1, elapsedMs)} />);
    expect(thighTransform(container)).toBe(thighOf('hold'));
    expect(animations).toEqual([]);
    expect(figure()).toHaveAttribute('data-moving', 'false');
  });

  it.each([
    [0, 'hold'],
    [2000, 'lower'],
  ])('lowers from the held pose to the lowered one (%i ms in)', (elapsedMs, poseName) => {
    const { container } = render(<MovingFigure {...step('lower', 2, elapsedMs)} />);
    expect(thighTransform(container)).toBe(thighOf(poseName));
    expect(figure()).toHaveAccessibleName('Pelvic lift (glute bridge): pelvis lowered, lying on the back with knees bent');
  });

  it('stands still while paused, and goes on from there on resume', () => {
    const { rerender, container } = render(<MovingFigure {...step('raise', 0, 500, { paused: true })} />);
    expect(animations.every((animation) => animation.pause.mock.calls.length > 0)).toBe(true);
    expect(figure()).toHaveAttribute('data-moving', 'false');
    const pausedPose = thighTransform(container);
    rerender(<MovingFigure {...step('raise', 0, 500, { paused: true })} />);
    expect(thighTransform(container)).toBe(pausedPose);
    rerender(<MovingFigure {...step('raise', 0, 500)} />);
    expect(animations.every((animation) => animation.play.mock.calls.length > 0)).toBe(true);
  });

  it('moves on to the next step on the same SVG, the movement starting over at each new key', () => {
    const { rerender, container } = render(<MovingFigure {...step('raise', 0, 1500, { animationKey: 'rep-2-raise' })} />);
    const thigh = container.querySelector<SVGGElement>('g.figure-near')!;
    const raising = [...animations];
    rerender(<MovingFigure {...step('hold', 1, 0, { animationKey: 'rep-2-hold' })} />);
    expect(container.querySelector('g.figure-near')).toBe(thigh);
    expect(thighTransform(container)).toBe(thighOf('hold'));
    expect(raising.every((animation) => animation.cancel.mock.calls.length > 0)).toBe(true);
    // The next rep's raise is the same movement as the last: it starts over from its beginning.
    rerender(<MovingFigure {...step('raise', 0, 0, { animationKey: 'rep-3-raise' })} />);
    const raisingAgain = animations.slice(raising.length);
    expect(raisingAgain.length).toBe(raising.length);
    expect(raisingAgain.every((animation) => animation.currentTime === 0)).toBe(true);
    // A render within the step (a new second, say) does not move its start.
    rerender(<MovingFigure {...step('raise', 0, 1000, { animationKey: 'rep-3-raise' })} />);
    expect(animations.length).toBe(raising.length * 2);
    expect(container.querySelector('g.figure-near')).toBe(thigh);
  });

  it('draws the other side mirrored, and says which side', () => {
    const { container } = render(<MovingFigure {...step('straight-leg', 1, 0, { exerciseId: 'quadruped-leg-raise', side: 'left', phaseRoles: [], durationMs: 25_000 })} />);
    expect(container.querySelector('svg > g')?.getAttribute('transform')).toMatch(/^matrix\(-1 0 0 1 /);
    expect(figure()).toHaveAccessibleName('Quadruped leg raise: on all fours, left leg stretched back');
    // A timed part goes back and forth for as long as it lasts.
    expect(animations[0]?.options).toMatchObject({ iterations: Infinity, duration: 4000 });
  });

  it('shows the start and end poses side by side, still, with reduced motion', () => {
    preferReducedMotion();
    render(<MovingFigure {...step('raise', 0, 1000)} />);
    const [start, end] = screen.getAllByRole('img');
    expect(start).toHaveAccessibleName(/^Start: Pelvic lift \(glute bridge\): pelvis lowered/);
    expect(end).toHaveAccessibleName(/^End: Pelvic lift \(glute bridge\): pelvis raised/);
    expect(animations).toEqual([]);
  });

  it('shows a still pose alone with reduced motion, and the movement after it on the same figure with the second beside it', () => {
    preferReducedMotion();
    // The get-ready: the setup pose, still.
    const getReady = step('raise', 0, 0, { role: null, partIndex: null, rep: null, durationMs: 10_000, animationKey: 'get-ready' });
    const { rerender, container } = render(<MovingFigure {...getReady} />);
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(figure()).toHaveAccessibleName(/^Pelvic lift \(glute bridge\): /);
    const firstSvg = container.querySelector('svg');
    rerender(<MovingFigure {...step('raise', 0, 0, { animationKey: 'rep-1-raise' })} />);
    const [start, end] = screen.getAllByRole('img');
    expect(start).toHaveAccessibleName(/^Start: Pelvic lift \(glute bridge\): pelvis lowered/);
    expect(end).toHaveAccessibleName(/^End: Pelvic lift \(glute bridge\): pelvis raised/);
    expect(container.querySelector('svg')).toBe(firstSvg);
    expect(animations).toEqual([]);
  });
  it('keeps one drawing per pose through a rep with reduced motion: a phase only places them, the start pose first', () => {
    preferReducedMotion();
    const phase = (role: string, partIndex: number, rep: number) => step(role, partIndex, 0, { rep, animationKey: `${rep}-${role}` });
    const { rerender, container } = render(<MovingFigure {...phase('raise', 0, 2)} />);
    /** The poses shown, in the order a sighted user reads them (CSS order: start, then end). */
    const shown = () => screen.getAllByRole('img').sort((a, b) => (a.classList.contains('is-end') ? 1 : 0) - (b.classList.contains('is-end') ? 1 : 0)).map((image) => image.getAttribute('aria-label'));
    const drawingOf = (poseName: string) => [...container.querySelectorAll('svg')].find((svg) => svg.querySelector<SVGGElement>('g.figure-near')!.style.transform === thighOf(poseName));
    expect(shown()).toEqual([expect.stringMatching(/^Start: .*pelvis lowered/), expect.stringMatching(/^End: .*pelvis raised/)]);
    const lowered = drawingOf('lower');
    const raised = drawingOf('raise');
    expect(lowered).toBeDefined();
    expect(raised).toBeDefined();

    rerender(<MovingFigure {...phase('hold', 1, 2)} />);
    expect(shown()).toEqual([expect.stringMatching(/^Pelvic lift \(glute bridge\): .*straight line/)]);
    rerender(<MovingFigure {...phase('lower', 2, 2)} />);
    expect(shown()).toEqual([expect.stringMatching(/^Start: /), expect.stringMatching(/^End: .*pelvis lowered/)]);
    rerender(<MovingFigure {...phase('raise', 0, 3)} />);
    expect(shown()).toEqual([expect.stringMatching(/^Start: .*pelvis lowered/), expect.stringMatching(/^End: .*pelvis raised/)]);

    // The same two drawings all along (the hold's pose is drawn as the raise's): none drawn anew.
    expect(container.querySelectorAll('svg')).toHaveLength(2);
    expect(drawingOf('lower')).toBe(lowered);
    expect(drawingOf('raise')).toBe(raised);
    // The pose a step does not show is out of sight and out of the accessibility tree.
    rerender(<MovingFigure {...phase('hold', 1, 3)} />);
    expect(lowered!.parentElement).toHaveClass('is-offstage');
    expect(lowered!.parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(animations).toEqual([]);
  });
});
