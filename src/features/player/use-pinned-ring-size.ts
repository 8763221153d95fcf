import { useLayoutEffect, type RefObject } from 'react';

/**
 * Gives the countdown its own laid-out size, in pixels, as `--ring-width` and `--ring-height`,
 * which the ring, the digits and the figure inside it are sized by (see countdown-ring.css).
 *
 * Why: the ring's size is what the words and controls leave, so each flex box around it measures
 * its content first (a flex item's automatic minimum height) and the ring is laid out at a
 * smaller size in that pass, then at its own. Sized in percentages, the SVGs inside changed size
 * twice in every layout of the screen, and an SVG that changes size lays out all its shapes
 * again: 8 ms of the frame at a 4× CPU slowdown, twice per rep phase. In pixels they keep their
 * size through both passes. A ResizeObserver reports after layout and before paint, so a new size
 * (a rotation, longer words) is laid out again in the same frame, never painted wrong.
 */
export function usePinnedRingSize(countdown: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = countdown.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentBoxSize?.[0];
      if (!box) return;
      setIfChanged(element, '--ring-width', `${box.inlineSize}px`);
      setIfChanged(element, '--ring-height', `${box.blockSize}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      element.style.removeProperty('--ring-width');
      element.style.removeProperty('--ring-height');
    };
  }, [countdown]);
}

/** A custom property set again restyles everything under it, even to the same value: only when it changed. */
function setIfChanged(element: HTMLElement, property: string, value: string): void {
  if (element.style.getPropertyValue(property) !== value) element.style.setProperty(property, value);
}
