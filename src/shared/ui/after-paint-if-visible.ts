import { afterNextPaint } from './after-next-paint';

/**
 * Runs `callback` just after the next paint while the page is visible (work the frame being drawn
 * does not need: a tap's answer paints first), and at once while it is hidden: a hidden page
 * paints no frame to wait for, and its timers may wait a minute. Returns a cancel.
 */
export function afterPaintIfVisible(callback: () => void): () => void {
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
    callback();
    return () => undefined;
  }
  return afterNextPaint(callback);
}
