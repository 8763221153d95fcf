import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountdownRing } from '../../../src/features/player/countdown-ring';

function ringStyle(container: HTMLElement): CSSStyleDeclaration {
  const drain = container.querySelector<HTMLElement>('.ring-drain');
  if (!drain) throw new Error('no draining ring shown');
  return drain.style;
}

describe('the countdown ring', () => {
  it('starts its drain part-way through when shown mid-step (after a reload or a return)', () => {
    const { container } = render(<CountdownRing animationKey="step-3" durationMs={25_000} elapsedMs={10_000} remainingMs={15_000} paused={false} />);
    const style = ringStyle(container);
    expect(style.getPropertyValue('--ring-duration')).toBe('25000ms');
    expect(style.getPropertyValue('--ring-delay')).toBe('-10000ms');
    expect(style.getPropertyValue('--ring-play-state')).toBe('running');
    expect(screen.getByRole('timer', { name: 'Time left: 15 seconds' })).toHaveTextContent('0:15');
  });

  it('keeps its start when re-rendered each second, and freezes while paused', () => {
    const { container, rerender } = render(<CountdownRing animationKey="step-3" durationMs={25_000} elapsedMs={10_000} remainingMs={15_000} paused={false} />);
    rerender(<CountdownRing animationKey="step-3" durationMs={25_000} elapsedMs={11_000} remainingMs={14_000} paused />);
    const style = ringStyle(container);
    expect(style.getPropertyValue('--ring-delay')).toBe('-10000ms');
    expect(style.getPropertyValue('--ring-play-state')).toBe('paused');
  });

  it('moves in steps of a second for reduced motion, at the moments the digits change', () => {
    // 2.5 s: the digits show 3, 2, 1, changing 0.5 s and 1.5 s in. Three steps over 3 s, begun
    // 0.5 s in, change at those moments and end with the step.
    const { container } = render(<CountdownRing animationKey="phase" durationMs={2_500} elapsedMs={0} remainingMs={2_500} paused={false} />);
    const style = ringStyle(container);
    expect(style.getPropertyValue('--ring-steps')).toBe('3');
    expect(style.getPropertyValue('--ring-steps-duration')).toBe('3000ms');
    expect(style.getPropertyValue('--ring-steps-delay')).toBe('-500ms');
  });

  it('starts over for a new step', () => {
    const { container, rerender } = render(<CountdownRing animationKey="step-3" durationMs={25_000} elapsedMs={24_000} remainingMs={1_000} paused={false} />);
    rerender(<CountdownRing animationKey="step-4" durationMs={5_000} elapsedMs={0} remainingMs={5_000} paused={false} />);
    expect(ringStyle(container).getPropertyValue('--ring-delay')).toBe('0ms');
    expect(ringStyle(container).getPropertyValue('--ring-duration')).toBe('5000ms');
  });

  it('shows a full ring and a stopwatch for an open-ended hold', () => {
    const { container } = render(<CountdownRing animationKey="hold" durationMs={null} elapsedMs={42_500} remainingMs={null} paused={false} />);
    expect(container.querySelector('.ring-drain')).toBeNull();
    expect(screen.getByRole('timer', { name: 'Time held: 42 seconds' })).toHaveTextContent('0:42');
  });
});
