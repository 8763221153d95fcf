import { useLayoutEffect, type RefObject } from 'react';

/** The size the countdown's face is laid out at, px (`.countdown-face[data-scaled]` in countdown-ring.css). */
export const FACE_SIZE_PX = 256;

/**
 * Lays the countdown's face (the ring, the digits, the figure) out at one fixed size, and scales
 * it to the countdown's size with a transform, as the countdown's size becomes known and whenever
 * it changes (a rotation, longer words).
 *
 * Why: the countdown's size is what the words and controls leave, so each flex box around it
 * measures its content first (a flex item's automatic minimum height) and the countdown is laid
 * out smaller in that pass, then at its own size. Sized in percentages, the SVGs inside changed
 * size twice in every layout of the screen, and an SVG that changes size lays out all its shapes
 * again: 8 ms of the frame at a 4× CPU slowdown, twice per rep phase. Scaled, they keep one size;
 * a new countdown size is a new transform, no layout. A ResizeObserver reports after layout and
 * before paint, so the new scale is painted in the same frame, never the old one. Without a
 * ResizeObserver the face keeps its percentages (countdown-ring.css).
 */
export function useScaledRingFace(countdown: RefObject<HTMLElement | null>, face: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const outer = countdown.current;
    const inner = face.current;
    if (!outer || !inner || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentBoxSize?.[0];
      if (!box || box.inlineSize === 0 || box.blockSize === 0) return;
      const transform = `scale(${box.inlineSize / FACE_SIZE_PX}, ${box.blockSize / FACE_SIZE_PX})`;
      if (inner.style.transform !== transform) inner.style.transform = transform;
      inner.dataset.scaled = '';
    });
    observer.observe(outer);
    return () => {
      observer.disconnect();
      delete inner.dataset.scaled;
      inner.style.removeProperty('transform');
    };
  }, [countdown, face]);
}
