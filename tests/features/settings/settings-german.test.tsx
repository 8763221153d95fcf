/** Settings in German: every label, hint and choice from the German texts; German voices listed first. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SettingsPage from '../../../src/features/settings/settings-page';
import { voicesLanguageFirst } from '../../../src/features/settings/voice-settings';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { resetSettingsStore } from '../../../src/stores/settings-store';
import { FakeSpeechSynthesis, FakeUtterance, fakeVoice } from '../../platform/fake-speech';

beforeEach(async () => {
  resetSettingsStore();
  await activateLanguage('de');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await activateLanguage('en');
});

describe('the settings page in German', () => {
  it('names every group, setting and choice in German', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Einstellungen · Upright'));
    expect(screen.getByRole('group', { name: 'Zeiten' })).toBeInTheDocument();
    const getReady = screen.getByRole('spinbutton', { name: 'Vorbereitung vor jeder Übung' });
    expect(screen.getByRole('spinbutton', { name: 'Pause zwischen den Übungen' })).toHaveAccessibleDescription('Gilt, wenn ein Programm keine eigene Pause festlegt.');
    expect(screen.getByRole('combobox', { name: 'Tempo der Wiederholungen' })).toHaveDisplayValue('Wie beschrieben');
    expect(screen.getByRole('checkbox', { name: 'Anleitung zur Ausgangsstellung in der Vorbereitung vorlesen' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ton und Vibration' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Signaltöne' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Sprachausgabe' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Anweisungen sprechen' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Sprechtempo' })).toHaveAttribute('aria-valuetext', '1,0-fach');
    const theme = screen.getByRole('group', { name: 'Darstellung' });
    expect(within(theme).getByRole('radio', { name: 'Wie auf diesem Gerät' })).toBeChecked();
    expect(within(theme).getByRole('radio', { name: 'Dunkel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Standardeinstellungen wiederherstellen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ihre Daten auf diesem Gerät' })).toBeInTheDocument();

    await user.clear(getReady);
    await user.type(getReady, '2');
    expect(screen.getByRole('alert')).toHaveTextContent('Geben Sie eine ganze Zahl von 3 bis 120 ein. Gespeichert bleibt 10 Sekunden.');
  });

  it('says in German when vibration buzzes, and clears an old error when the defaults are restored', async () => {
    Object.defineProperty(navigator, 'vibrate', { value: () => true, configurable: true });
    try {
      const user = userEvent.setup();
      render(<SettingsPage />);
      expect(screen.getByRole('checkbox', { name: 'Vibration' })).toHaveAccessibleDescription(
        'Vibriert, wenn die Übung beginnt (nach der Vorbereitung oder einer Pause), beim Seitenwechsel und am Ende; nicht bei jeder Wiederholung.',
      );
      const rest = screen.getByRole('spinbutton', { name: 'Pause zwischen den Übungen' });
      await user.clear(rest);
      await user.paste('9999');
      expect(screen.getByRole('alert')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Standardeinstellungen wiederherstellen' }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'vibrate');
    }
  });

  it('lists the German voices first and tests the voice with a German phrase', async () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Anna', 'en-GB', true), fakeVoice('Petra', 'de-DE', true), fakeVoice('Cloud', 'de-AT', false)]);
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const user = userEvent.setup();
    render(<SettingsPage />);
    const voice = screen.getByRole('combobox', { name: 'Stimme' });
    expect(within(voice).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Automatisch (eine Stimme auf diesem Gerät)',
      'Petra (de-DE)',
      'Cloud (de-AT), online',
      'Anna (en-GB)',
    ]);
    await user.click(screen.getByRole('button', { name: 'Stimme testen' }));
    expect(synth.spoken[0]?.text).toBe('Heben Sie das rechte Bein. Halten Sie den Rücken gerade.');
  });

  it('puts the voices of a language first, in the browser’s order', () => {
    const voices = [fakeVoice('A', 'en-US', true), fakeVoice('B', 'de_CH', true), fakeVoice('C', 'fr-FR', true), fakeVoice('D', 'DE', true)];
    expect(voicesLanguageFirst(voices, 'de').map((voice) => voice.name)).toEqual(['B', 'D', 'A', 'C']);
    expect(voicesLanguageFirst(voices, 'en').map((voice) => voice.name)).toEqual(['A', 'B', 'C', 'D']);
  });
});
