import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SettingsPage from '../../../src/features/settings/settings-page';
import { getSettings, resetSettingsStore } from '../../../src/stores/settings-store';
import { FakeSpeechSynthesis, FakeUtterance, fakeVoice } from '../../platform/fake-speech';

beforeEach(() => resetSettingsStore());
afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

describe('the settings page', () => {
  it('saves a new rest time as soon as it is typed', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    const rest = screen.getByRole('spinbutton', { name: 'Rest between exercises' });
    await user.clear(rest);
    await user.type(rest, '45');
    expect(getSettings().restSeconds).toBe(45);
  });

  it('says what is allowed when the number is out of range, and keeps the saved value', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    const getReady = screen.getByRole('spinbutton', { name: 'Get ready before each exercise' });
    await user.clear(getReady);
    await user.paste('999');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 3 to 120. The saved value is still 10 seconds.');
    expect(getReady).toHaveAttribute('aria-invalid', 'true');
    expect(getSettings().getReadySeconds).toBe(10);
  });

  it('switches beeps, voice, vibration and setup cues off', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    for (const name of ['Beeps', 'Speak the cues', 'Vibration', 'Read the setup cues while getting ready']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(getSettings()).toMatchObject({ soundOn: false, voiceOn: false, vibrationOn: false, readSetupCues: false });
  });

  it('leaves the headset buttons off unless asked, and says that turning them on may stop other music', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    const headset = screen.getByRole('checkbox', { name: 'Headset and lock-screen buttons' });
    expect(headset).not.toBeChecked();
    expect(headset).toHaveAccessibleDescription(expect.stringContaining('music from another app may stop'));
    await user.click(headset);
    expect(getSettings().headsetButtonsOn).toBe(true);
  });

  it('slows the pace of repetitions', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pace of repetitions' }), 'Slower');
    expect(getSettings().paceFactor).toBe(1.5);
  });

  it('offers the device voices and remembers the one chosen', async () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Anna', 'en-GB', true), fakeVoice('Cloud', 'en-US', false)]);
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const user = userEvent.setup();
    render(<SettingsPage />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voice' }), 'Cloud (en-US), online');
    expect(getSettings().voiceUri).toBe('urn:Cloud');
    await user.click(screen.getByRole('button', { name: 'Test voice' }));
    expect(synth.spoken).toEqual([{ text: 'Lift your right leg. Keep your back straight.', voiceName: 'Cloud', rate: 1, lang: 'en-GB' }]);
  });

  it('says so when the voice test finds no voice', async () => {
    vi.stubGlobal('speechSynthesis', new FakeSpeechSynthesis([], 'synthesis-failed'));
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const user = userEvent.setup();
    render(<SettingsPage />);
    expect(screen.getByText('This browser lists no voices. Cues are still shown on screen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Test voice' }));
    expect(screen.getByText('Voice is unavailable here (no voice is available). Workouts still show every cue on screen and beep.')).toHaveAttribute('role', 'status');
  });

  it('applies a dark theme to the whole page', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(getSettings().theme).toBe('dark');
  });

  it('restores the defaults on request', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    await user.click(screen.getByRole('checkbox', { name: 'Beeps' }));
    await user.click(screen.getByRole('button', { name: 'Restore the default settings' }));
    expect(getSettings().soundOn).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Beeps' })).toBeChecked();
  });

  it('clears a number still typed wrong, and its error, when the defaults are restored', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    const getReady = screen.getByRole('spinbutton', { name: 'Get ready before each exercise' });
    await user.clear(getReady);
    await user.paste('999');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 3 to 120.');
    await user.click(screen.getByRole('button', { name: 'Restore the default settings' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Get ready before each exercise' })).toHaveValue(10);
    expect(screen.getByRole('spinbutton', { name: 'Get ready before each exercise' })).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('button', { name: 'Restore the default settings' })).toHaveFocus();
  });

  it('clears an old "voice unavailable" notice when the defaults are restored', async () => {
    vi.stubGlobal('speechSynthesis', new FakeSpeechSynthesis([], 'synthesis-failed'));
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const user = userEvent.setup();
    render(<SettingsPage />);
    await user.click(screen.getByRole('button', { name: 'Test voice' }));
    expect(screen.getByText(/^Voice is unavailable here/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore the default settings' }));
    expect(screen.queryByText(/^Voice is unavailable here/)).not.toBeInTheDocument();
  });

  it('says when vibration buzzes, as the player does it: when work starts, at a switch of sides and at the end', () => {
    Object.defineProperty(navigator, 'vibrate', { value: () => true, configurable: true });
    try {
      render(<SettingsPage />);
      expect(screen.getByRole('checkbox', { name: 'Vibration' })).toHaveAccessibleDescription(
        'Buzzes when work starts (after getting ready or a rest), at a switch of sides and at the end; not at every repetition.',
      );
    } finally {
      Reflect.deleteProperty(navigator, 'vibrate');
    }
  });

  it('says that a device without vibration cannot vibrate', () => {
    render(<SettingsPage />);
    expect(screen.getByRole('checkbox', { name: 'Vibration' })).toHaveAccessibleDescription('This device cannot vibrate; the setting applies on devices that can.');
  });

  it('says how many workouts and routines are stored and that this browser may clear them', async () => {
    const { seedRoutines } = await import('../../stores/seed-user-data');
    const { sampleRoutine } = await import('../../shared/routine-transfer/transfer-fixtures');
    const { historyActions } = await import('../../../src/stores/history-store');
    const { workoutRecord } = await import('../../stores/history-fixtures');
    await seedRoutines(sampleRoutine());
    await historyActions.workoutRecorded(workoutRecord(1_000));
    await historyActions.workoutRecorded(workoutRecord(2_000));
    render(<SettingsPage />);
    const section = screen.getByRole('region', { name: 'Your data on this device' });
    expect(await within(section).findByText(/^2 workouts and 1 routine of your own, about [\d.,]+ kB\.$/)).toBeInTheDocument();
    // jsdom promises nothing: the data is kept only as long as the browser has room.
    expect(within(section).getByText(/may clear it if the device runs low on space/)).toBeInTheDocument();
  });
});
