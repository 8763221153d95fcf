import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetHistoryStore } from '../../../src/stores/history-store';
import { getSession, resetSessionStore } from '../../../src/stores/session-store';
import { resetSettingsStore } from '../../../src/stores/settings-store';
import { elapse, paintFrame, renderPlayer, T0 } from './render-player';

type Action = 'play' | 'pause' | 'nexttrack' | 'previoustrack';

/** A stand-in for navigator.mediaSession that keeps what the player gives it. */
function stubMediaSession() {
  const handlers = new Map<string, (() => void) | null>();
  const mediaSession = {
    metadata: null as { title: string; artist: string; album: string } | null,
    playbackState: 'none' as MediaSessionPlaybackState,
    setActionHandler: vi.fn((action: string, handler: (() => void) | null) => {
      if (action === 'previoustrack' && mediaSession.refusePrevious) throw new TypeError('not supported');
      handlers.set(action, handler);
    }),
    refusePrevious: false,
  };
  Object.defineProperty(navigator, 'mediaSession', { value: mediaSession, configurable: true });
  vi.stubGlobal(
    'MediaMetadata',
    class {
      title: string;
      artist: string;
      album: string;
      constructor(init: { title: string; artist: string; album: string }) {
        ({ title: this.title, artist: this.artist, album: this.album } = init);
      }
    },
  );
  /** Presses a headset button, as the browser calls the handler. */
  const press = (action: Action) =>
    act(() => {
      handlers.get(action)?.();
    });
  return { mediaSession, handlers, press };
}

beforeEach(async () => {
  await resetHistoryStore();
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
  resetSettingsStore();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (navigator as { mediaSession?: unknown }).mediaSession;
});

describe('headset and lock-screen controls', () => {
  it('show the exercise and side, the routine, and whether it plays', async () => {
    const { mediaSession } = stubMediaSession();
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    paintFrame();
    expect(mediaSession.metadata).toMatchObject({ title: 'Quadruped leg raise · Right leg', artist: 'Full lower back', album: 'Upright' });
    expect(mediaSession.playbackState).toBe('playing');
    elapse(10_000 + 50_000 + 5_000);
    paintFrame();
    expect(mediaSession.metadata?.title).toBe('Quadruped leg raise · Left leg');
  });

  it('tell the lock screen about a set once, not again at each of its rep phases', async () => {
    const { mediaSession } = stubMediaSession();
    const updates: string[] = [];
    let metadata = mediaSession.metadata;
    let playbackState = mediaSession.playbackState;
    Object.defineProperties(mediaSession, {
      metadata: {
        get: () => metadata,
        set: (value: typeof metadata) => {
          metadata = value;
          if (value) updates.push(value.title);
        },
      },
      playbackState: {
        get: () => playbackState,
        set: (value: MediaSessionPlaybackState) => {
          playbackState = value;
          updates.push(value);
        },
      },
    });
    const { user } = renderPlayer('/play/upper-back');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    paintFrame();
    // The get-ready, then the reverse fly's first set: 6 reps of raise, hold and lower.
    for (let ms = 0; ms < 40_000; ms += 100) {
      elapse(100);
      paintFrame();
    }
    expect(updates).toEqual(['Prone reverse fly, bent arms', 'playing']);
  });

  it('pause and resume with play/pause, go to the next exercise with next and back with previous', async () => {
    const { mediaSession, press } = stubMediaSession();
    const { user } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(12_000);
    press('pause');
    expect(getSession()?.status).toBe('paused');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    paintFrame();
    expect(mediaSession.playbackState).toBe('paused');
    press('pause'); // a second pause is not a resume
    expect(getSession()?.status).toBe('paused');
    press('play');
    expect(getSession()?.status).toBe('running');
    paintFrame();
    expect(mediaSession.playbackState).toBe('playing');
    press('nexttrack');
    expect(screen.getByRole('heading', { level: 2, name: 'Back stretch with countermovement' })).toBeInTheDocument();
    paintFrame();
    expect(mediaSession.metadata?.title).toBe('Rest · Back stretch with countermovement');
    press('previoustrack');
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Quadruped leg raise' })).toBeInTheDocument();
  });

  it('do nothing once the workout has ended, and are removed when it ends and when the player closes', async () => {
    const { mediaSession, handlers, press } = stubMediaSession();
    const { user, unmount } = renderPlayer('/play/lower-back-full');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    paintFrame();
    const nextBeforeTheEnd = handlers.get('nexttrack')!;
    const playBeforeTheEnd = handlers.get('play')!;
    await user.click(screen.getByRole('button', { name: 'End workout' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End workout' }));
    const ended = getSession();
    expect(ended?.status).toBe('abandoned');
    act(() => {
      nextBeforeTheEnd();
      playBeforeTheEnd();
    });
    press('nexttrack');
    expect(getSession()).toBe(ended);
    expect(handlers.get('nexttrack')).toBeNull();
    expect(mediaSession.playbackState).toBe('none');
    unmount();
    expect([...handlers.values()].every((handler) => handler === null)).toBe(true);
  });

  it('leave the rest working when the browser refuses an action, and nothing breaks without the API', async () => {
    const { mediaSession, press } = stubMediaSession();
    mediaSession.refusePrevious = true;
    const first = renderPlayer('/play/lower-back-full');
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    paintFrame();
    press('pause');
    expect(getSession()?.status).toBe('paused');
    first.unmount();
    delete (navigator as { mediaSession?: unknown }).mediaSession;
    vi.unstubAllGlobals();
    resetSessionStore();
    const second = renderPlayer('/play/lower-back-full');
    await second.user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });
});
