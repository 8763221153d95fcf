import { useEffect, useRef } from 'react';
import type { Session } from '../../engine/types';
import { useSetting } from '../../stores/settings-store';
import { onFirstGesture } from './on-first-gesture';

const SILENCE_URL = `${import.meta.env.BASE_URL}audio/silence.wav`;

/**
 * With "Headset and lock-screen buttons" on: six seconds of silence, looped, while the workout
 * runs, paused while it is paused. Chromium routes a headset's buttons and the lock screen's
 * controls to a page only while a media element of it plays (see platform/media-session.ts);
 * the Media Session handlers then get them. Off by default: playing takes the audio focus, which
 * stops another app's music. Removed when the workout ends, which stops it.
 */
export function HeadsetAudio({ status }: { readonly status: Session['status'] | null }) {
  const on = useSetting('headsetButtonsOn');
  const audio = useRef<HTMLAudioElement>(null);
  const shown = on && (status === 'running' || status === 'paused');
  const running = status === 'running';

  useEffect(() => {
    const element = audio.current;
    if (!shown || !element) return;
    if (!running) {
      element.pause();
      return;
    }
    let cancelled = false;
    let stopWaiting: () => void = () => undefined;
    element.play().catch(() => {
      // Refused without a user gesture (the page was reloaded): the first touch or key starts it,
      // as it starts the beeps.
      if (!cancelled) stopWaiting = onFirstGesture(() => void element.play().catch(() => undefined));
    });
    return () => {
      cancelled = true;
      stopWaiting();
      element.pause();
    };
  }, [shown, running]);

  // Silence has nothing to caption, and the element is hidden: it is never seen or heard.
  // eslint-disable-next-line jsx-a11y/media-has-caption
  return shown ? <audio ref={audio} src={SILENCE_URL} loop preload="auto" hidden /> : null;
}
