import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountdownRing } from '../../../src/features/player/countdown-ring';
import { createDisplayClock, DisplayClockContext } from '../../../src/features/player/display-clock';
import { preferReducedMotion } from '../../reduced-motion';

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

  it('with reduced motion, is a still pie that moves with the digits, a step a second, ending with the step', () => {
    preferReducedMotion();
    // 2.5 s: the digits show 3, 2, 1, changing 0.5 s and 1.5 s in; the pie grows by a third then.
    const stepStartMs = 10_000;
    const clock = createDisplayClock(stepStartMs);
    const timeAt = (nowMs: number) => ({ remainingMs: Math.max(0, stepStartMs + 2_500 - nowMs), elapsedMs: nowMs - stepStartMs });
    const { container } = render(
      <DisplayClockContext value={clock}>
        <CountdownRing animationKey="phase" durationMs={2_500} elapsedMs={0} remainingMs={2_500} paused={false} timeAt={timeAt} />
      </DisplayClockContext>,
    );
    expect(container.querySelector('.ring-drain')).toBeNull();
    const pie = container.querySelector<HTMLElement>('.ring-elapsed');
    if (!pie) throw new Error('no still ring shown');
    const elapsed = () => pie.style.getPropertyValue('--ring-elapsed');
    expect(elapsed()).toBe('0.0000');
    const seen: string[] = [];
    for (const atMs of [10_499, 10_500, 11_499, 11_500, 12_500]) {
      act(() => clock.show(atMs, false, null));
      seen.push(`${screen.getByRole('timer').textContent} ${elapsed()}`);
    }
    expect(seen).toEqual(['0:03 0.0000', '0:02 0.3333', '0:02 0.3333', '0:01 0.6667', '0:00 1.0000']);
  });

  it('with reduced motion, starts a new step empty', () => {
    preferReducedMotion();
    const { container, rerender } = render(<CountdownRing animationKey="step-3" durationMs={25_000} elapsedMs={24_000} remainingMs={1_000} paused={false} />);
    expect(container.querySelector<HTMLElement>('.ring-elapsed')?.style.getPropertyValue('--ring-elapsed')).toBe('0.9600');
    rerender(<CountdownRing animationKey="step-4" durationMs={5_000} elapsedMs={0} remainingMs={5_000} paused={false} />);
    expect(container.querySelector<HTMLElement>('.ring-elapsed')?.style.getPropertyValue('--ring-elapsed')).toBe('0.0000');
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
