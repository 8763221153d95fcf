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
    expect(outlineDetails()).toEqual(['2 sets of 6 × raise 2 s, hold 3 s, lower 2 s · 2 min 4 s']);
  });

  it('says the slower seconds the workout will really use with Pace "Slower"', () => {
    settingsActions.settingsChanged({ paceFactor: 1.5 });
    renderPlayer('/play/exercise/prone-reverse-fly');
    expect(outlineDetails()).toEqual(['2 sets of 6 × raise 3 s, hold 4.5 s, lower 3 s · 2 min 46 s']);
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

  it('gives each exercise its time to the second, so that they add up to the workout’s time', async () => {
    // The beginners' routine: its two exercises, each rounded to minutes, read 3 + 2 against 4 in all.
    const { user } = renderPlayer('/play/lower-back-beginner');
    const seconds = (text: string) => Number(/(\d+) min/.exec(text)?.[1] ?? 0) * 60 + Number(/(\d+) s$/.exec(text)?.[1] ?? 0);
    const itemsSeconds = outlineDetails().map((detail) => seconds(detail!.split(' · ').at(-1)!));
    expect(itemsSeconds).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    // The time left at Start is the workout's.
    const [minutes, secondsLeft] = document.querySelector('.session-time-left')!.textContent!.split(':').map(Number);
    expect(itemsSeconds.reduce((sum, each) => sum + each, 0)).toBe(minutes! * 60 + secondsLeft!);
  });
});
