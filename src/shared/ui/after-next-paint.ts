/**
 * Runs `callback` just after the browser has painted the next frame: work that must not delay
 * what the user is waiting to see (creating an AudioContext, speaking, moving focus) goes here.
 * requestAnimationFrame runs before the paint; a task queued from it runs after. Returns a cancel.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
