import { describe, expect, it } from 'vitest';
import { openScreen } from './a11y-route-list';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';

// A phone in the hand: the outline is read, then Start is tapped (real time, no fake clock).
const e2e = useBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Where focus is: 'outline' (the pre-start layer), 'covered' (anything under it), or 'page'. */
const focusPlace = () =>
  e2e.page().evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'page';
    return active.closest('.pre-start-layer') ? 'outline' : 'covered';
  });

describe('the workout screen drawn while the outline is read, in Chromium', () => {
  it('lies under the outline: covered at every point, out of the Tab order and of the accessibility tree', async () => {
    const page = e2e.page();
    await openScreen(page, '/play/lower-back-full');
    await page.locator('.workout-screen[aria-hidden="true"]').waitFor({ state: 'attached' });

    // The eye and the finger find the outline wherever they look, not the countdown under it.
    const covered = await page.evaluate(() =>
      [
        [20, 20],
        [195, 422],
        [370, 820],
      ].every(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.pre-start-layer') !== null),
    );
    expect(covered).toBe(true);
    expect(await page.getByRole('timer').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Round the page with Tab and Shift+Tab: focus never goes under the outline.
    const places: string[] = [];
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      places.push(await focusPlace());
    }
    expect(places).not.toContain('covered');
  });

  it('opens at the top of a long outline, with Start focused for the keyboard but not scrolled to', async () => {
    const page = e2e.page();
    await openScreen(page, '/play/full-back');
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await start.waitFor();
    await expect.poll(() => start.evaluate((button) => button === document.activeElement)).toBe(true);
    // The routine's total time and its first exercise are what the eye meets, not Start below them.
    expect(await page.locator('.pre-start-layer').evaluate((layer) => [layer.scrollTop, layer.scrollHeight > layer.clientHeight])).toEqual([0, true]);
    expect(await page.locator('.pre-start-total').isVisible()).toBe(true);
    // The routine's name is the page's heading, in full: the running screen's one-line title style stays there.
    expect(await page.locator('.pre-start-layer .player-title').evaluate((title) => [getComputedStyle(title).whiteSpace, title.scrollWidth <= title.clientWidth])).toEqual(['normal', true]);
    expect(await start.evaluate((button) => button.getBoundingClientRect().top >= window.innerHeight)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('timer').waitFor();
  });

  it('is what Start shows: the same elements uncovered, counting, with its controls in the Tab order', async () => {
    const page = e2e.page();
    await openScreen(page, '/play/lower-back-full');
    const heading = await page.locator('.workout-screen .exercise-name').elementHandle();
    // What the frame right after the tap paints (a frame callback queued at the click runs just
    // before that paint), and what the screen shows once it is live (its aria-hidden dropped).
    await page.evaluate(() => {
      const screen = document.querySelector('.workout-screen')!;
      const digits = () => screen.querySelector('.countdown-digits')!.textContent;
      const record = window as { firstFrame?: unknown; whenLive?: unknown };
      addEventListener('click', () => requestAnimationFrame(() => {
        const box = screen.querySelector('.countdown-digits')!.getBoundingClientRect();
        const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        record.firstFrame = { digitsSeen: seen !== null && screen.contains(seen), digits: digits() };
      }), { once: true });
      const live = new MutationObserver(() => {
        if (screen.hasAttribute('aria-hidden')) return;
        record.whenLive = { digits: digits() };
        live.disconnect();
      });
      live.observe(screen, { attributes: true, attributeFilter: ['aria-hidden'] });
    });
    await page.getByRole('button', { name: 'Start' }).tap();
    await page.getByRole('timer').waitFor();
    // The tap's frame shows the countdown, uncovered, at the time the live workout starts from.
    const { firstFrame, whenLive } = await page.evaluate(() => {
      const record = window as { firstFrame?: { digitsSeen: boolean; digits: string }; whenLive?: { digits: string } };
      return { firstFrame: record.firstFrame, whenLive: record.whenLive };
    });
    expect(firstFrame?.digitsSeen).toBe(true);
    expect(firstFrame?.digits).toMatch(/^0:\d\d$/);
    expect(whenLive?.digits).toBe(firstFrame?.digits);

    expect(await heading!.evaluate((element) => element.isConnected && element.checkVisibility())).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Quadruped leg raise' }).isVisible()).toBe(true);
    expect(await page.locator('.pre-start-layer').count()).toBe(0);
    const shownAtStart = await page.getByRole('timer').textContent();
    await expect.poll(() => page.getByRole('timer').textContent(), { timeout: 5_000 }).not.toBe(shownAtStart);
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('.workout-screen button'))).toBe(true);
  });
});
