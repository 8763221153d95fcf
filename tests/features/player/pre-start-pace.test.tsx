import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { resetHistoryStore } from '../../../src/stores/history-store';
import { resetSessionStore } from '../../../src/stores/session-store';
import { resetSettingsStore, settingsActions } from '../../../src/stores/settings-store';
import { renderPlayer, T0 } from './render-player';

beforeEach(async () => {
  await resetHistoryStore();
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
  resetSettingsStore();
});
afterEach(async () => {
  vi.useRealTimers();
  await activateLanguage('en');
});

/** The outline's lines under the exercise names on the pre-start screen, in order. */
const outlineDetails = () => screen.getAllByRole('listitem').map((item) => item.querySelector('.outline-detail')?.textContent).filter(Boolean);

describe('the pre-start text follows the pace setting', () => {
  it('says the seconds of each phase as the exercise describes them at the usual pace', () => {
    renderPlayer('/play/exercise/prone-reverse-fly');
    expect(outlineDetails()).toEqual(['2 sets of 6 × raise 2 s, hold 3 s, lower 2 s · about 2 min']);
  });

  it('says the slower seconds the workout will really use with Pace "Slower"', () => {
    settingsActions.settingsChanged({ paceFactor: 1.5 });
    renderPlayer('/play/exercise/prone-reverse-fly');
    expect(outlineDetails()).toEqual(['2 sets of 6 × raise 3 s, hold 4.5 s, lower 3 s · about 3 min']);
  });

  it('says the faster seconds with Pace "A little faster", also for a whole routine', () => {
    settingsActions.settingsChanged({ paceFactor: 0.75 });
    renderPlayer('/play/lower-back-full');
    // Timed parts keep their seconds: the pace is for the phases of repetitions.
    const [legRaise, , pelvicLift] = outlineDetails();
    expect(legRaise).toMatch(/^25 s \+ 25 s per side ·/);
    expect(pelvicLift).toMatch(/^2 sets of 10 × raise 1.5 s, hold 1.5 s, lower 1.5 s ·/);
  });

  it('writes the slower seconds in German with a decimal comma', async () => {
    await activateLanguage('de');
    settingsActions.settingsChanged({ paceFactor: 1.5 });
    renderPlayer('/play/exercise/prone-reverse-fly');
    expect(screen.getByText(/Halten 4,5 s/)).toBeInTheDocument();
  });
});
