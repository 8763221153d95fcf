import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaintIfVisible } from '../../../src/shared/ui/after-paint-if-visible';

/** Sets what document.visibilityState says, as a browser does when the tab goes to the background. */
function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
}

beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => {
  vi.useRealTimers();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('afterPaintIfVisible', () => {
  it('waits for the next frame and runs in a task after it while the page is visible', () => {
    const work = vi.fn();
    afterPaintIfVisible(work);
    vi.advanceTimersByTime(15);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once while the page is hidden, where no frame comes to wait for', () => {
    setVisibility('hidden');
    const work = vi.fn();
    afterPaintIfVisible(work);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const work = vi.fn();
    const cancel = afterPaintIfVisible(work);
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(work).not.toHaveBeenCalled();
  });
});
