/**
 * Headset, keyboard media keys, lock screen and notification controls through the Media Session
 * API: play/pause, next and previous track, and what is shown (title, artist, album, whether it
 * plays). Where the API (or one of its actions) is missing, each call does nothing.
 *
 * Found while building this (search of Chromium and W3C threads, 2019 to 2026): Chromium shows
 * the media notification and routes headset and media keys to a page only while an <audio> or
 * <video> element of that page plays audibly (Web Audio and speech do not count; a muted or
 * zero-volume element may be treated as silent; notifications only for media over 5 s:
 * GoogleChrome/samples#637, w3c/mediasession#213, crbug.com/944538). Safari handles Web Audio
 * pages since 2024 (w3c/audio-session-fork#11). A silent looping <audio> element gets them in
 * Chromium, but on Android it takes the audio focus, which pauses the music app many people work
 * out to, and moves the headset buttons away from it. So it is the user's choice, off by default:
 * the setting "Headset and lock-screen buttons" (features/player/headset-audio.tsx). Off, the
 * handlers work where the browser routes actions without media (its own media controls, some
 * desktop keys, Safari); on, Chromium routes them as for any page that plays media.
 */
export interface MediaSessionHandlers {
  readonly play: () => void;
  readonly pause: () => void;
  readonly nextTrack: () => void;
  readonly previousTrack: () => void;
}

export interface MediaSessionShown {
  readonly title: string;
  readonly artist: string;
  readonly album: string;
  readonly playing: boolean;
}

export interface MediaSessionControls {
  /** Whether this browser has the API at all. */
  readonly supported: boolean;
  setHandlers(handlers: MediaSessionHandlers): void;
  show(shown: MediaSessionShown): void;
  /** Removes the handlers and what is shown (the player closed, or the workout ended). */
  clear(): void;
}

interface MediaSessionEnvironment {
  readonly mediaSession: MediaSession | undefined;
  readonly MediaMetadata: (new (init?: MediaMetadataInit) => MediaMetadata) | undefined;
}

function defaultEnvironment(): MediaSessionEnvironment {
  return {
    mediaSession: typeof navigator === 'undefined' ? undefined : navigator.mediaSession,
    MediaMetadata: typeof MediaMetadata === 'undefined' ? undefined : MediaMetadata,
  };
}

const ACTIONS = ['play', 'pause', 'nexttrack', 'previoustrack'] as const;

export function createMediaSession(environment: MediaSessionEnvironment = defaultEnvironment()): MediaSessionControls {
  const session = environment.mediaSession;
  // An action the browser does not know throws (the spec says TypeError): skip it, keep the others.
  const setAction = (action: (typeof ACTIONS)[number], handler: (() => void) | null) => {
    try {
      session?.setActionHandler(action, handler);
    } catch {
      // not supported here
    }
  };
  return {
    supported: session !== undefined,
    setHandlers(handlers) {
      setAction('play', handlers.play);
      setAction('pause', handlers.pause);
      setAction('nexttrack', handlers.nextTrack);
      setAction('previoustrack', handlers.previousTrack);
    },
    show({ title, artist, album, playing }) {
      if (!session) return;
      if (environment.MediaMetadata) {
        const current = session.metadata;
        if (current?.title !== title || current.artist !== artist || current.album !== album) session.metadata = new environment.MediaMetadata({ title, artist, album });
      }
      session.playbackState = playing ? 'playing' : 'paused';
    },
    clear() {
      if (!session) return;
      for (const action of ACTIONS) setAction(action, null);
      session.metadata = null;
      session.playbackState = 'none';
    },
  };
}
