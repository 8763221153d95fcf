import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

describe('the app shell', () => {
  it('opens on the workouts page and reaches every page from the navigation', async () => {
    const page = e2e.page();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a workout');

    const destinations = [
      { link: 'Exercises', heading: 'Exercise library', path: '/exercises' },
      { link: 'Sports', heading: 'Back-friendly sports', path: '/sports' },
      { link: 'My routines', heading: 'My routines', path: '/my-routines' },
      { link: 'Settings', heading: 'Settings', path: '/settings' },
      { link: 'Workouts', heading: 'Choose a workout', path: '/' },
    ];
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const destination of destinations) {
      await nav.getByRole('link', { name: destination.link, exact: true }).click();
      await page.waitForURL((url) => url.pathname === destination.path);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { message: destination.link })
        .toBe(destination.heading);
      expect(await page.title()).toContain('Upright');
    }
  });

  it('shows a not-found page with a way home for an unknown address', async () => {
    const page = e2e.page();
    await page.goto('/no/such/page');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.getByRole('link', { name: 'Back to the workouts' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a workout');
  });
});
