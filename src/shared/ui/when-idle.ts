/**
 * Runs `callback` when the browser has nothing better to do (requestIdleCallback), or after the
 * next paint and a short wait where it has no idle callbacks (Safari). For work that must be done
 * before the user needs it but must not delay what they see now. Returns a cancel.
 */
export function whenIdle(callback: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 300);
  return () => clearTimeout(timer);
}
