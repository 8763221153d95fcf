/**
 * Runs `callback` once, at the page's next click or key press: browsers start audio only from a
 * user gesture, so after a reload the beeps and the headset's silence wait for one. On click, not
 * pointerdown: what the callback changes on screen then changes after the browser has chosen the
 * element clicked (a hint gone at pointerdown moved "Resume" up under the finger, and the click
 * missed it). Returns a function that stops waiting.
 */
export function onFirstGesture(callback: () => void): () => void {
  const stop = () => {
    window.removeEventListener('click', run, { capture: true });
    window.removeEventListener('keydown', run);
  };
  const run = () => {
    stop();
    callback();
  };
  window.addEventListener('click', run, { capture: true });
  window.addEventListener('keydown', run);
  return stop;
}
