import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeadsetAudio } from '../../../src/features/player/headset-audio';
import { settingsActions } from '../../../src/stores/settings-store';

// jsdom has media elements but does not play them: play() and pause() are recorded instead.
let play: ReturnType<typeof vi.fn<() => Promise<void>>>;
let pause: ReturnType<typeof vi.fn<() => void>>;
beforeEach(() => {
  play = vi.fn(() => Promise.resolve());
  pause = vi.fn();
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(play);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(pause);
});
afterEach(() => settingsActions.settingsResetToDefaults());

const silence = () => document.querySelector('audio');

describe('the silence played for the headset buttons', () => {
  it('plays nothing while the setting is off, as by default', () => {
    render(<HeadsetAudio status="running" />);
    expect(silence()).toBeNull();
    expect(play).not.toHaveBeenCalled();
  });

  it('loops while the workout runs, pauses with it, and stops when it ends', () => {
    settingsActions.settingsChanged({ headsetButtonsOn: true });
    const { rerender } = render(<HeadsetAudio status="running" />);
    expect(silence()).toHaveAttribute('loop');
    expect(silence()?.getAttribute('src')).toBe('/audio/silence.wav');
    expect(play).toHaveBeenCalledTimes(1);
    rerender(<HeadsetAudio status="paused" />);
    expect(pause).toHaveBeenCalled();
    expect(silence()).not.toBeNull(); // kept, so the headset's play button can resume
    rerender(<HeadsetAudio status="running" />);
    expect(play).toHaveBeenCalledTimes(2);
    rerender(<HeadsetAudio status="finished" />);
    expect(silence()).toBeNull();
  });

  it('starts at the first touch when the browser refused to play without one (after a reload)', async () => {
    settingsActions.settingsChanged({ headsetButtonsOn: true });
    play.mockImplementationOnce(() => Promise.reject(new DOMException('no gesture', 'NotAllowedError')));
    render(<HeadsetAudio status="running" />);
    await act(async () => undefined); // the refusal arrives
    expect(play).toHaveBeenCalledTimes(1);
    await userEvent.setup().click(document.body);
    expect(play).toHaveBeenCalledTimes(2);
  });

  it('stops when the setting is turned off during a workout', () => {
    settingsActions.settingsChanged({ headsetButtonsOn: true });
    render(<HeadsetAudio status="running" />);
    expect(silence()).not.toBeNull();
    act(() => settingsActions.settingsChanged({ headsetButtonsOn: false }));
    expect(silence()).toBeNull();
    expect(pause).toHaveBeenCalled();
  });
});
