import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { storageNotices } from '../../../src/shared/storage/storage-notices';
import { resetHistoryStore } from '../../../src/stores/history-store';
import { getSession, resetSessionStore } from '../../../src/stores/session-store';
import { resetSettingsStore } from '../../../src/stores/settings-store';
import { elapse, paintFrame, renderPlayer, T0 } from './render-player';

beforeEach(async () => {
  await resetHistoryStore();
  await activateLanguage('de');
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
  resetSettingsStore();
});
afterEach(async () => {
  vi.useRealTimers();
  storageNotices.clear();
  await activateLanguage('en');
});

describe('the player in German', () => {
  it('shows the routine, the outline and the equipment in German, with German numbers of steps', () => {
    renderPlayer('/play/lower-back-beginner');
    expect(screen.getByRole('heading', { level: 1, name: 'Unterer Rücken für Einsteiger' })).toBeInTheDocument();
    expect(screen.getByText('Beinheben im Vierfüßlerstand')).toBeInTheDocument();
    expect(screen.getByText('25 s + 25 s je Seite · 2 Min. 15 s')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Was Sie brauchen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Starten' })).toHaveFocus();
  });

  it('runs the workout in German: the exercise, the side, the cues, the controls and the live region', async () => {
    const { user } = renderPlayer('/play/lower-back-beginner');
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Beinheben im Vierfüßlerstand' })).toBeInTheDocument();
    expect(screen.getByText('Rechtes Bein')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'So gehen Sie in die Ausgangsstellung' })).toHaveTextContent('Vierfüßlerstand');
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent(/^Vorbereitung\. Beinheben im Vierfüßlerstand\. Zuerst: rechtes Bein\. In den Vierfüßlerstand gehen\./);
    const controls = within(screen.getByRole('group', { name: 'Trainingssteuerung' }));
    expect(controls.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(controls.getByRole('button', { name: 'Nächste Übung' })).toHaveAttribute('aria-keyshortcuts', 'ArrowRight');
    expect(controls.getByRole('button', { name: 'Zurück' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nächster Schritt' })).toHaveAttribute('aria-keyshortcuts', 'Shift+ArrowRight');
    expect(screen.getByText(/Umschalt\+→ – nächster Schritt/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '10 Sekunden hinzufügen' })).toBeInTheDocument();
    // 10 s as set: jsdom cannot speak, so the get-ready is not lengthened for its words.
    expect(screen.getByRole('timer', { name: 'Verbleibende Zeit: 10 Sekunden' })).toBeInTheDocument();
    elapse(10_000);
    paintFrame();
    expect(screen.getByText('Gebeugtes Knie')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Hinweise' })).toBeInTheDocument();
    expect(screen.getByText('Als Nächstes: Gestrecktes Bein')).toBeInTheDocument();
  });

  it('calls a rest "Erholung", so that it is not read as the paused workout or the Pause button', async () => {
    const { user } = renderPlayer('/play/lower-back-beginner');
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    // Past the first exercise: the next exercise jumps to the rest before the second one.
    await user.click(screen.getByRole('button', { name: 'Nächste Übung' }));
    expect(document.querySelector('.step-kind')).toHaveTextContent(/^Erholung · als Nächstes$/);
    // Said once, not "Erholung. Erholung. Als Nächstes: …".
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent(/^Erholung\. Als Nächstes: Rückenstreckung mit Gegenbewegung\.$/);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('changes the words, not the workout, at the next step when the language changes mid-workout', async () => {
    const { user } = renderPlayer('/play/lower-back-beginner');
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    elapse(12_000);
    const before = getSession();
    await act(() => activateLanguage('en'));
    expect(getSession()).toBe(before);
    elapse(23_000); // into the next step: straight leg
    paintFrame();
    expect(screen.getByRole('heading', { level: 2, name: 'Quadruped leg raise' })).toBeInTheDocument();
    expect(screen.getByText('Straight leg')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next exercise' })).toBeInTheDocument();
    expect(screen.getByTestId('cue-announcer')).toHaveTextContent('Work. Straight leg. Stretch the leg back, in line with your body.');
    expect(screen.getByRole('timer')).toHaveTextContent('0:25');
  });
});
