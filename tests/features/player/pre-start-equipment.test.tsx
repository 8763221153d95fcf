import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetHistoryStore } from '../../../src/stores/history-store';
import { resetSessionStore } from '../../../src/stores/session-store';
import { resetSettingsStore } from '../../../src/stores/settings-store';
import { renderPlayer, T0 } from './render-player';

beforeEach(async () => {
  await resetHistoryStore();
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
  resetSettingsStore();
});
afterEach(() => vi.useRealTimers());

/** The lines under "What you need" on the pre-start screen. */
const needed = () => {
  const heading = screen.getByRole('heading', { level: 2, name: 'What you need' });
  const list = heading.nextElementSibling as HTMLElement;
  return list.tagName === 'UL' ? within(list).getAllByRole('listitem').map((item) => item.textContent) : [list.textContent];
};

describe('what the pre-start screen says to have at hand', () => {
  it('names the mat once, for a routine whose exercises all list it', () => {
    renderPlayer('/play/lower-back-full');
    expect(needed()).toEqual(['A mat or a soft floor. No equipment.']);
  });

  it('names the mat once, then the rest, for a routine with more equipment', () => {
    renderPlayer('/play/full-back');
    const lines = needed();
    expect(lines[0]).toBe('A mat or a soft floor');
    expect(lines.filter((line) => /mat/i.test(line ?? ''))).toHaveLength(1);
    expect(lines.length).toBeGreaterThan(1);
  });
});
