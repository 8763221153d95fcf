import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetHistoryStore } from '../../../src/stores/history-store';
import { getSession, resetSessionStore } from '../../../src/stores/session-store';
import { resetSettingsStore } from '../../../src/stores/settings-store';
import { elapse, paintFrame, renderPlayer, T0 } from './render-player';

/** jsdom has no requestIdleCallback: the player's idle work runs 300 ms after it is asked for. */
const IDLE_MS = 300;

/** A stand-in for the Screen Wake Lock API that counts the requests. */
function stubWakeLock() {
  const request = vi.fn(async () => ({ released: false, release: async () => undefined, addEventListener: () => undefined }));
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
  return request;
}

beforeEach(async () => {
  await resetHistoryStore();
  vi.useFakeTimers({ now: T0 });
  resetSessionStore();
  resetSettingsStore();
});
afterEach(() => {
  vi.useRealTimers();
  delete (navigator as { wakeLock?: unknown }).wakeLock;
});

/** The workout screen drawn under the pre-start screen, found by its place (it is hidden from roles). */
const coveredScreen = (container: HTMLElement) => container.querySelector<HTMLElement>('.workout-screen');

describe('the workout screen drawn while the outline is read', () => {
  it('is drawn under the outline once the page is idle, hidden from screen readers, the Tab key and the workout keys', async () => {
    const request = stubWakeLock();
    const { container, user } = renderPlayer('/play/lower-back-full');
    expect(coveredScreen(container)).toBeNull();
    elapse(IDLE_MS);

    const covered = coveredScreen(container);
    expect(covered).not.toBeNull();
    expect(covered).toHaveAttribute('aria-hidden', 'true');
    expect(within(covered!).getByText('Quadruped leg raise')).toBeInTheDocument();
    // Nothing of it is reachable: no timer or control by role, no button or link in the Tab order.
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // (A closed dialog's buttons are out of reach anyway.)
    const covering = container.querySelectorAll('main > :not(.pre-start-layer) :is(button, a[href]):not(dialog:not([open]) *)');
    expect(covering.length).toBeGreaterThan(5);
    covering.forEach((element) => expect(element).toHaveAttribute('tabindex', '-1'));
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    elapse(5_000);
    expect(getSession()).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it('is uncovered by Start: the same elements, counting from the tap, with the keys and the wake lock on', async () => {
    const request = stubWakeLock();
    const { container, user } = renderPlayer('/play/lower-back-full');
    elapse(IDLE_MS);
    const coveredHeading = within(coveredScreen(container)!).getByText('Quadruped leg raise');
    // A minute reading the outline: the workout starts at the tap, not when it was drawn.
    elapse(60_000);

    await user.click(screen.getByRole('button', { name: 'Start' }));
    // The tap's own frame: the outline is hidden over the screen drawn under it, which already
    // shows the first step at its full time.
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(container.querySelector('.pre-start-layer')).toHaveAttribute('hidden');
    expect(coveredScreen(container)!.querySelector('[role="timer"]')).toHaveTextContent('0:10');

    // After that paint it is live: the same elements, counting from the tap.
    paintFrame();
    expect(container.querySelector('.pre-start-layer')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Quadruped leg raise' })).toBe(coveredHeading);
    expect(coveredScreen(container)).not.toHaveAttribute('aria-hidden');
    expect(screen.getByRole('timer')).toHaveTextContent('0:10');
    expect(screen.getByRole('button', { name: 'Pause' })).not.toHaveAttribute('tabindex');
    expect(getSession()?.startedAtMs).toBe(T0 + IDLE_MS + 60_000);

    paintFrame();
    expect(screen.getByRole('heading', { level: 2, name: 'Quadruped leg raise' })).toHaveFocus();
    expect(request).toHaveBeenCalledTimes(1);
    elapse(3_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:07');
    await user.keyboard(' ');
    expect(getSession()?.status).toBe('paused');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('starts at the tap even when no frame is painted after it (the page hidden at once)', async () => {
    const { container, user } = renderPlayer('/play/lower-back-full');
    elapse(IDLE_MS);
    const tapMs = Date.now();
    // A hidden page paints no frames: animation frames never come.
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      await user.click(screen.getByRole('button', { name: 'Start' }));
      elapse(250);
      expect(getSession()?.startedAtMs).toBe(tapMs);
      expect(container.querySelector('.pre-start-layer')).toBeNull();
      expect(screen.getByRole('timer')).toHaveTextContent('0:10');
    } finally {
      frames.mockRestore();
    }
  });

  it('is drawn again for "Do it again", and that workout starts afresh from its first step', async () => {
    const { container, user } = renderPlayer('/play/exercise/prone-reverse-fly');
    elapse(IDLE_MS);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    elapse(20_000);
    await user.click(screen.getByRole('button', { name: 'End workout' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End workout' }));
    const firstStartedAtMs = getSession()?.startedAtMs;
    await user.click(screen.getByRole('button', { name: 'Do it again' }));

    expect(coveredScreen(container)).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('timer')).toBeNull();
    elapse(2_000);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    paintFrame();
    expect(getSession()?.startedAtMs).toBeGreaterThan(firstStartedAtMs ?? Infinity);
    expect(getSession()?.stepIndex).toBe(0);
    expect(screen.getByText('Get ready')).toBeInTheDocument();
    const shownAtStart = screen.getByRole('timer').textContent;
    elapse(2_000);
    expect(screen.getByRole('timer').textContent).not.toBe(shownAtStart);
  });
});
