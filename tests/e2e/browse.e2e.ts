import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/browser';

const e2e = useBrowser();

const heading1 = (page: ReturnType<typeof e2e.page>) => page.getByRole('heading', { level: 1 }).textContent();

describe('browsing and choosing a workout', () => {
  it('lets a new user pick the upper-back routine from home, read its detail and start it', async () => {
    const page = e2e.page();
    await page.goto('/');

    // A new user is greeted, and told this is not medical advice.
    const welcome = page.getByRole('region', { name: 'Welcome to Upright' });
    await welcome.waitFor();
    expect(await welcome.textContent()).toContain('This is not medical advice.');
    await page.getByRole('button', { name: 'Got it, hide this note' }).click();
    await welcome.waitFor({ state: 'detached' });

    await page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'Upper back' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Showing 2 of \d+ routines\.$/);
    await page.getByRole('link', { name: 'Upper back', exact: true }).click();

    await page.waitForURL((url) => url.pathname === '/routines/upper-back');
    await expect.poll(() => heading1(page)).toBe('Upper back');
    const outline = page.getByRole('region', { name: 'Exercises' }).getByRole('listitem');
    expect(await outline.count()).toBe(4);
    expect(await outline.first().textContent()).toContain('Prone reverse fly, bent arms');
    expect(await page.getByText('Total time').locator('xpath=following-sibling::dd').textContent()).toMatch(/^\d+ min( \d+ s)?$/);
    expect(await page.getByRole('region', { name: 'Take care' }).textContent()).toContain('Stop at once');

    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/play/upper-back');
    await expect.poll(() => page.evaluate(() => document.body.innerText.includes('Upper back'))).toBe(true);
  });

  it('offers to resume a workout left running when the user comes back to home', async () => {
    const page = e2e.page();
    await page.goto('/play/upper-back');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // Let the player save the running session before leaving.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('upright:session') !== null)).toBe(true);

    await page.goto('/');
    const resume = page.getByRole('link', { name: 'Resume workout' });
    await resume.waitFor();
    expect(await page.getByRole('region', { name: 'Workout in progress' }).textContent()).toContain('Upper back');
    await resume.click();
    await page.waitForURL((url) => url.pathname === '/play/upper-back');
  });

  it('keeps the chosen filters when the user comes back from a routine', async () => {
    const page = e2e.page();
    await page.goto('/');
    await page.getByRole('group', { name: 'Level' }).getByRole('button', { name: 'Beginner' }).click();
    await page.getByRole('link', { name: 'Lower back for beginners', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/routines/lower-back-beginner');
    await expect.poll(() => heading1(page)).toBe('Lower back for beginners');

    await page.goBack();
    const beginner = page.getByRole('group', { name: 'Level' }).getByRole('button', { name: 'Beginner' });
    await beginner.waitFor();
    expect(await beginner.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('status').textContent()).toMatch(/^Showing 1 of \d+ routines\.$/);
  });

  it('does not greet the user again after the note was dismissed, even after a reload', async () => {
    const page = e2e.page();
    await page.goto('/');
    await page.getByRole('button', { name: 'Got it, hide this note' }).click();
    await page.reload();
    await page.getByRole('region', { name: 'Routines from the article' }).waitFor();
    expect(await page.getByRole('region', { name: 'Welcome to Upright' }).count()).toBe(0);
  });

  it('finds an exercise by the article’s words and opens it to try alone', async () => {
    const page = e2e.page();
    await page.goto('/exercises');
    await page.getByRole('searchbox', { name: 'Search exercises' }).fill('pool lift');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Showing 1 of \d+ exercises\.$/);
    await page.getByRole('link', { name: 'Pelvic lift (glute bridge)' }).click();
    await expect.poll(() => heading1(page)).toBe('Pelvic lift (glute bridge)');
    expect(await page.getByRole('link', { name: 'Try this exercise alone' }).getAttribute('href')).toBe('/play/exercise/pelvic-lift');
  });
});
