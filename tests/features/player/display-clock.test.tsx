import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { createDisplayClock, DisplayClockContext, setTextIfChanged, useDisplayedValue, useEverySecond, useShownCueIndex, useStepNowMs, type DisplayClock } from '../../../src/features/player/display-clock';
import type { PlanStep } from '../../../src/engine/types';

/** A screen in small: its step part renders with the step's time, its countdown with the second's. */
function Screen({ clock, renders }: { clock: DisplayClock; renders: { step: number; second: number } }) {
  const stepNowMs = useStepNowMs(clock);
  renders.step += 1;
  return (
    <DisplayClockContext value={clock}>
      <p data-testid="step">{stepNowMs}</p>
      <Countdown renders={renders} />
    </DisplayClockContext>
  );
}

function Countdown({ renders }: { renders: { step: number; second: number } }) {
  const nowMs = useDisplayedValue((shownMs) => shownMs);
  renders.second += 1;
  return <p data-testid="second">{nowMs}</p>;
}

describe('the display clock', () => {
  it('renders only the parts that show seconds at a new second, and the whole screen when the step changes', () => {
    const clock = createDisplayClock(1_000);
    const renders = { step: 0, second: 0 };
    render(<Screen clock={clock} renders={renders} />);
    expect(renders).toEqual({ step: 1, second: 1 });

    act(() => clock.show(2_000, false, null));
    act(() => clock.show(3_000, false, null));
    expect(screen.getByTestId('second')).toHaveTextContent('3000');
    expect(screen.getByTestId('step')).toHaveTextContent('1000');
    expect(renders).toEqual({ step: 1, second: 3 });

    act(() => clock.show(4_000, true, null));
    expect(screen.getByTestId('step')).toHaveTextContent('4000');
    expect(screen.getByTestId('second')).toHaveTextContent('4000');
    // One render each: the step's render renders the countdown with the new second too.
    expect(renders).toEqual({ step: 2, second: 4 });
  });

  it('writes each displayed second into the page without rendering, and again after each render', () => {
    const clock = createDisplayClock(1_000);
    let renders = 0;
    function Seconds({ offsetMs }: { offsetMs: number }) {
      const text = useRef<HTMLParagraphElement>(null);
      renders += 1;
      useEverySecond((nowMs) => setTextIfChanged(text.current, String(nowMs + offsetMs)));
      return <p data-testid="seconds" ref={text} />;
    }
    const { rerender } = render(
      <DisplayClockContext value={clock}>
        <Seconds offsetMs={0} />
      </DisplayClockContext>,
    );
    expect(screen.getByTestId('seconds')).toHaveTextContent('1000');
    act(() => clock.show(2_000, false, null));
    act(() => clock.show(3_000, true, null));
    expect(screen.getByTestId('seconds')).toHaveTextContent('3000');
    expect(renders).toBe(1);
    // A render (a new step, say) writes what it shows now.
    rerender(
      <DisplayClockContext value={clock}>
        <Seconds offsetMs={5} />
      </DisplayClockContext>,
    );
    expect(screen.getByTestId('seconds')).toHaveTextContent('3005');
  });

  it('renders a value worked out each second only when it changes', () => {
    const clock = createDisplayClock(1_000);
    let renders = 0;
    function Passed() {
      renders += 1;
      const passed = useDisplayedValue((nowMs) => nowMs >= 4_000);
      return <p data-testid="passed">{passed ? 'passed' : 'not yet'}</p>;
    }
    render(
      <DisplayClockContext value={clock}>
        <Passed />
      </DisplayClockContext>,
    );
    act(() => clock.show(2_000, false, null));
    act(() => clock.show(3_000, false, null));
    expect(renders).toBe(1);
    act(() => clock.show(4_000, false, null));
    act(() => clock.show(5_000, false, null));
    expect(screen.getByTestId('passed')).toHaveTextContent('passed');
    expect(renders).toBe(2);
  });

  it('gives a step its cue as the display moves on, keeps the step before at its last cue, and the rendered cue otherwise', () => {
    const clock = createDisplayClock(1_000);
    // Only the step's identity matters to the clock.
    const getReady = { kind: 'get-ready' } as unknown as PlanStep;
    const work = { kind: 'work' } as unknown as PlanStep;
    let renders = 0;
    function MarkedCue({ step, renderedIndex }: { step: PlanStep; renderedIndex: number }) {
      renders += 1;
      return <p data-testid={step.kind}>{useShownCueIndex(step, renderedIndex)}</p>;
    }
    render(
      <DisplayClockContext value={clock}>
        <MarkedCue step={getReady} renderedIndex={0} />
        <MarkedCue step={work} renderedIndex={0} />
      </DisplayClockContext>,
    );
    act(() => clock.show(2_000, false, { step: getReady, index: 0 }));
    expect(renders).toBe(2);
    act(() => clock.show(5_000, false, { step: getReady, index: 3 }));
    expect(screen.getByTestId('get-ready')).toHaveTextContent('3');
    expect(renders).toBe(3);
    // The work begins: its list (rendered a frame later) follows it; the get-ready's stays at 3.
    act(() => clock.show(6_000, true, { step: work, index: 1 }));
    expect(screen.getByTestId('get-ready')).toHaveTextContent('3');
    expect(screen.getByTestId('work')).toHaveTextContent('1');
    // Shown anew without a cue (Start): each list shows the cue it was rendered with.
    act(() => clock.show(7_000, true, null));
    expect(screen.getByTestId('get-ready')).toHaveTextContent('0');
    expect(screen.getByTestId('work')).toHaveTextContent('0');
  });

  it('marks the rendered cue without a display clock (a part shown on its own)', () => {
    function MarkedCue() {
      return <p data-testid="cue">{useShownCueIndex({ kind: 'work' } as unknown as PlanStep, 2)}</p>;
    }
    render(<MarkedCue />);
    expect(screen.getByTestId('cue')).toHaveTextContent('2');
  });

  it('says what is wrong when a part that shows seconds is used outside a running workout', () => {
    const consoleError = console.error;
    console.error = () => undefined; // React reports the thrown error too
    try {
      expect(() => render(<Countdown renders={{ step: 0, second: 0 }} />)).toThrow(/outside a running workout/);
    } finally {
      console.error = consoleError;
    }
  });
});
