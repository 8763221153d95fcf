import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';
import { runClockUntilVisible } from './harness/run-clock-until';
import { pressStart } from './harness/workout-clock';

/** A German browser: navigator.languages is ['de-DE'], so Upright starts in German. */
const e2e = useBrowser({ locale: 'de-DE' });

const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);

/** Before any page script: a speechSynthesis that records what would be said, and in which language. */
async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => [],
      speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);

/**
 * The page's text once a lazy screen has rendered its heading, without what is quoted from the
 * English source article (marked lang="en"), which stays English on purpose.
 */
async function mainText(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const quote of copy.querySelectorAll('[lang="en"]')) quote.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });
}

describe('Upright for a German browser', () => {
  it('shows the home page, the library, an exercise, the sports, Settings and My routines in German', async () => {
    const page = e2e.page();
    const home = await mainText(page, '/');
    expect(home).toContain('Training auswählen');
    await page.getByRole('heading', { name: 'Unterer Rücken für Einsteiger' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    expect(home).not.toContain('Choose a workout');

    const library = await mainText(page, '/exercises');
    expect(library).toContain('Beinheben im Vierfüßlerstand');
    expect(library).not.toContain('Quadruped leg raise');

    const exercise = await mainText(page, '/exercises/pelvic-lift');
    expect(exercise).toContain('Beckenheben (Brücke)');
    expect(exercise).toContain('In Rückenlage gehen, Knie gebeugt.');

    const sports = await mainText(page, '/sports');
    expect(sports).not.toMatch(/\bSwimming\b/);

    const settings = await mainText(page, '/settings');
    expect(settings).toContain('Einstellungen');
    expect(await page.getByLabel('Sprache').first().inputValue()).toBe('de');

    const myRoutines = await mainText(page, '/my-routines');
    expect(myRoutines).toContain('Meine Programme');
    for (const path of ['/', '/exercises', '/exercises/pelvic-lift', '/sports', '/settings', '/my-routines']) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      expect(await axeViolations(page), `axe on ${path} in German`).toEqual([]);
    }
  });

  it('follows the beginners’ lower-back routine with German cues, spoken in German, and shows it in History in German', async () => {
    const page = e2e.page();
    await recordSpeech(page);
    await page.clock.install({ time: T0 });
    await page.goto('/');
    await page.getByRole('heading', { name: 'Unterer Rücken für Einsteiger' }).waitFor();
    await page.goto('/play/lower-back-beginner');
    await page.locator('main h1').first().waitFor();
    await page.clock.pauseAt(T0 + 60_000); // later than the page loads take, from here time moves only when told
    await pressStart(page, 'Starten');
    expect(await page.locator('.exercise-name').textContent()).toBe('Beinheben im Vierfüßlerstand');
    expect(await page.locator('.cue.current').textContent()).toBe('In den Vierfüßlerstand gehen.');
    await page.clock.runFor(60_000);
    const said = await spoken(page);
    expect(said.length).toBeGreaterThan(2);
    expect(new Set(said.map((utterance) => utterance.lang))).toEqual(new Set(['de-DE']));
    expect(said.map((utterance) => utterance.text).join(' ')).toContain('Vierfüßlerstand');
    await page.clock.resume(); // axe waits on timers of its own
    expect(await axeViolations(page)).toEqual([]);

    // Ended, it is in History, in German: the routine's German name, a German date, German words.
    await page.getByRole('button', { name: 'Training beenden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Training beenden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Training abgebrochen' }).waitFor();
    await page.locator('.player-exit').click();
    await page.getByRole('navigation').getByRole('link', { name: 'Verlauf' }).click();
    const workout = page.getByRole('region', { name: 'Trainings' }).getByRole('article', { name: 'Unterer Rücken für Einsteiger' });
    await workout.waitFor();
    const text = await workout.textContent();
    expect(text).toContain('Sonntag, 1. März');
    expect(text).toContain('Vorzeitig abgebrochen');
    expect(text).toContain('Beinheben im Vierfüßlerstand: vorzeitig beendet');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Verlauf');
    expect(await page.getByText('1 Tag', { exact: true }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page), 'axe on History in German').toEqual([]);
  });

  it('switches to English in Settings and back, and a workout in progress keeps its place', async () => {
    const page = e2e.page();
    await page.clock.install({ time: T0 });
    await page.goto('/play/lower-back-beginner');
    await page.locator('main h1').first().waitFor();
    await page.clock.pauseAt(T0 + 60_000); // later than the page loads take, from here time moves only when told
    await pressStart(page, 'Starten');
    await page.clock.runFor(15_000);
    const before = await page.getByRole('timer').textContent();

    // In-app navigation, as a user taps: no reload, and the paused clock keeps the time still.
    const resume = async (label: string) => {
      // Home's card is lazy: React reveals it after its 300 ms fallback throttle, a page-clock timer.
      await runClockUntilVisible(page, page.getByRole('link', { name: label }));
      await page.getByRole('link', { name: label }).click();
      await runClockUntilVisible(page, page.getByRole('timer')); // the workout is paused: its time stays
    };
    await page.locator('.player-exit').click();
    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByLabel('Sprache').first().selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    await page.getByRole('navigation').getByRole('link', { name: 'Workouts' }).click();
    await resume('Resume workout');
    expect(await page.locator('.exercise-name').textContent()).toBe('Quadruped leg raise');
    expect(await page.getByRole('timer').textContent()).toBe(before);

    await page.locator('.player-exit').click();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').first().selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Training' }).click();
    await resume('Training fortsetzen');
    expect(await page.locator('.exercise-name').textContent()).toBe('Beinheben im Vierfüßlerstand');
    expect(await page.getByRole('timer').textContent()).toBe(before);
  });
});
