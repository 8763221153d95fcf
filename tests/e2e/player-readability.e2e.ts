import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';
import { runTo, startWorkout } from './harness/workout-clock';
import { startWithVoiceOff } from './harness/voice-off';

/**
 * The player read from a mat, on a 390 × 844 phone held upright and an 844 × 390 phone on its
 * side: font sizes measured in Chromium, every control on the first screen, in both languages.
 * Screenshots go to /tmp/layout-*.png for a person to look at.
 */
const PORTRAIT = { width: 390, height: 844 };
const LANDSCAPE = { width: 844, height: 390 };


const LANGUAGES = [
  { language: 'English', locale: 'en-US', start: 'Start', pause: 'Pause', resume: 'Resume', paused: 'Paused' },
  { language: 'German', locale: 'de-DE', start: 'Starten', pause: 'Pause', resume: 'Fortsetzen', paused: 'Pausiert' },
] as const;

type StepKind = 'get-ready' | 'work' | 'switch-sides' | 'rest-between-sets' | 'rest-between-exercises';



/** Moves the clock on a second at a time until a step of this kind shows. */
async function runUntilKind(page: Page, kind: StepKind, maxMs: number): Promise<void> {
  for (let elapsedMs = 0; elapsedMs <= maxMs; elapsedMs += 1000) {
    if ((await page.locator(`.step-stage.kind-${kind}`).count()) > 0) return;
    await page.clock.runFor(1000);
  }
  throw new Error(`no ${kind} step within ${maxMs / 1000} s`);
}

/** The computed font size of the first element matching `selector`, in CSS px. */
const fontPx = (page: Page, selector: string): Promise<number> =>
  page.locator(selector).first().evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

/** The countdown's digits as drawn, in CSS px: SVG text, its font size scaled by the ring's viewBox. */
const digitsFontPx = (page: Page): Promise<number> =>
  page.locator('.countdown-digits text').evaluate((text) => Number.parseFloat(getComputedStyle(text).fontSize) * ((text as SVGTextElement).getScreenCTM()?.a ?? 0));

/** The biggest font of any visible text in the workout screen other than those `except` matches. */
const biggestOtherFontPx = (page: Page, except: string): Promise<number> =>
  page.evaluate((excluded) => {
    let biggest = 0;
    for (const element of document.querySelectorAll<HTMLElement>('.workout-screen *')) {
      if (element.closest(excluded) || element.closest('.visually-hidden')) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const box = element.getBoundingClientRect();
      if (!ownText || box.width === 0 || box.height === 0) continue;
      biggest = Math.max(biggest, Number.parseFloat(getComputedStyle(element).fontSize));
    }
    return biggest;
  }, except);

interface Box {
  readonly name: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Every link and button on the player's page (the dialog's, closed, aside), with its box. */
const controlBoxes = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main a, main button')]
      .filter((element) => !element.closest('dialog'))
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { name: element.textContent ?? '', left: box.left, top: box.top, right: box.right, bottom: box.bottom };
      }),
  );

/** Every control inside the viewport, no words under them, and (unless `mayScroll`) no page scroll at all. */
async function expectEveryControlOnScreen(page: Page, viewport: { width: number; height: number }, where: string, mayScroll = false): Promise<void> {
  const boxes = await controlBoxes(page);
  expect(boxes.length, `${where}: controls found`).toBeGreaterThanOrEqual(6);
  const outside = boxes.filter((box) => box.left < 0 || box.top < 0 || box.right > viewport.width + 0.5 || box.bottom > viewport.height + 0.5);
  expect(outside, `${where}: controls outside the ${viewport.width} × ${viewport.height} screen`).toEqual([]);
  // No words run under the controls: the words' own boxes above them (a container may be smaller than its words).
  const overlap = await page.evaluate(() => {
    const controls = document.querySelector('.player-controls')!.getBoundingClientRect();
    return [...document.querySelectorAll('.stage-head *, .stage-detail *, .paused-banner, .countdown')]
      .map((element) => ({ text: element.textContent ?? '', rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 1 && rect.height > 1 && rect.right > controls.left && rect.left < controls.right && rect.bottom > controls.top + 0.5)
      .map(({ text }) => text);
  });
  expect(overlap, `${where}: words under the controls`).toEqual([]);
  if (mayScroll) return;
  // Nothing needs a scroll: the page is no taller or wider than the screen.
  const scroll = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
  expect(scroll, `${where}: page size`).toEqual({ height: viewport.height, width: viewport.width });
}

const box = async (page: Page, selector: string): Promise<Box> => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return { name: selector, left: found.x, top: found.y, right: found.x + found.width, bottom: found.y + found.height };
};

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/layout-${name}.png` });

describe.each(LANGUAGES)('the player read from a mat, in $language', (words) => {
  const e2e = useBrowser({ locale: words.locale, viewport: PORTRAIT, isMobile: true, hasTouch: true });
  // About layout, not speech: the get-ready stays the 10 s set (harness/voice-off.ts).
  beforeEach(() => startWithVoiceOff(e2e.context()));
  const tag = words.locale.slice(0, 2);

  it('shows the rep count, the name and the current cue big on a 390 px phone, and "Paused" bigger still when paused', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/pelvic-lift', words.start);
    await runTo(page, 10_500);
    await page.locator('.step-stage.kind-work .rep-counter-number').waitFor();
    await shot(page, `portrait-rep-${tag}`);

    const digitsPx = await digitsFontPx(page);
    const repCountPx = await fontPx(page, '.rep-counter-number');
    expect(await page.locator('.rep-counter-number').textContent()).toBe(tag === 'en' ? '1 of 10' : '1 von 10');
    expect(repCountPx).toBeGreaterThanOrEqual(40);
    expect(await fontPx(page, '.exercise-name')).toBeGreaterThanOrEqual(28);
    expect(await fontPx(page, '.cue.current')).toBeGreaterThanOrEqual(24);
    // On a rep step the rep count is the biggest thing after the digits.
    expect(digitsPx).toBeGreaterThan(repCountPx);
    expect(await biggestOtherFontPx(page, '.countdown-digits, .rep-counter-number')).toBeLessThan(repCountPx);

    await page.getByRole('button', { name: words.pause, exact: true }).click();
    const resume = page.getByRole('button', { name: words.resume, exact: true });
    await resume.waitFor();
    await shot(page, `portrait-paused-${tag}`);
    expect(await page.locator('.paused-banner').textContent()).toBe(words.paused);
    expect(await fontPx(page, '.paused-banner')).toBeGreaterThanOrEqual(32);
    // Not just grey: the banner has its own colours, unlike anything shown while running.
    const banner = await page.locator('.paused-banner').evaluate((element) => getComputedStyle(element).backgroundColor);
    const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(banner).not.toBe(page_);
    // Resume sits in the lower half, within a thumb's reach.
    const resumeBox = await resume.boundingBox();
    expect(resumeBox!.y).toBeGreaterThan(PORTRAIT.height / 2);
    await expectEveryControlOnScreen(page, PORTRAIT, 'paused rep step');
  });

  it('keeps the ring the same size through a step\'s cues on a phone: only the words change', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full', words.start);
    const seen: { step: string; cue: string; ringPx: number }[] = [];
    for (let second = 0; second < 24; second += 1) {
      seen.push(
        await page.evaluate(() => ({
          step: `${document.querySelector('.step-stage')?.className} ${document.querySelector('.exercise-name')?.textContent}`,
          cue: document.querySelector('.cue.current')?.textContent ?? '',
          ringPx: Math.round(document.querySelector('.step-stage .countdown')?.getBoundingClientRect().height ?? 0),
        })),
      );
      await page.clock.runFor(1000);
    }
    const steps = new Set(seen.map((shown) => shown.step));
    let stepsWithSeveralCues = 0;
    for (const step of steps) {
      const shown = seen.filter((entry) => entry.step === step);
      if (new Set(shown.map((entry) => entry.cue)).size > 1) stepsWithSeveralCues += 1;
      expect(new Set(shown.map((entry) => entry.ringPx)), step).toHaveLength(1);
    }
    // The get-ready's setup cues and the work's cues: two steps, each with cues that change.
    expect(stepsWithSeveralCues).toBeGreaterThanOrEqual(2);
    expect(seen.every((entry) => entry.ringPx >= 144)).toBe(true);
    // The cues not shown are still the list a screen reader reads, and break no rule.
    expect(await page.getByRole('listitem').count()).toBeGreaterThan(1);
    await page.clock.resume(); // axe waits on timers of its own
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the ring the same size through the reps of an exercise on a phone, though each phase has a cue of its own', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/upper-back', words.start);
    await runUntilKind(page, 'work', 60_000);
    const seen: { phase: string; cue: string; ringPx: number }[] = [];
    // Two reps of the prone reverse fly: raise, hold and lower, 2 s or more each.
    for (let halfSecond = 0; halfSecond < 28; halfSecond += 1) {
      seen.push(
        await page.evaluate(() => ({
          phase: document.querySelector('.rep-counter-phase')?.textContent ?? '',
          cue: document.querySelector('.cue.current')?.textContent ?? '',
          ringPx: Math.round(document.querySelector('.step-stage .countdown')?.getBoundingClientRect().height ?? 0),
        })),
      );
      await page.clock.runFor(500);
    }
    expect(new Set(seen.map((shown) => shown.phase)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(seen.map((shown) => shown.cue)).size).toBeGreaterThanOrEqual(3);
    // One size, though the lowering's cue takes two lines where the others take one.
    expect(new Set(seen.map((shown) => shown.ringPx))).toEqual(new Set([seen[0]!.ringPx]));
    expect(seen[0]!.ringPx).toBeGreaterThanOrEqual(144);
    // The cues that only size the cell are not read.
    const readCues = await page.locator('ol.cue-list').getByRole('listitem').count();
    expect(readCues).toBe(await page.locator('.cue-list > li:not(.cue-sizer)').count());
  });

  it('draws the ring, its digits and the figure at the countdown\'s size, and again when the phone turns', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/upper-back', words.start);
    await runUntilKind(page, 'work', 60_000);
    /** Each part's box as a share of the countdown's (which the ring, digits and figure are sized by). */
    const parts = () =>
      page.evaluate(() => {
        const countdown = document.querySelector('.step-stage .countdown')!.getBoundingClientRect();
        const share = (selector: string) => {
          const part = document.querySelector(selector)!.getBoundingClientRect();
          return { width: +(part.width / countdown.width).toFixed(3), height: +(part.height / countdown.height).toFixed(3) };
        };
        return { countdownPx: Math.round(countdown.height), ring: share('.countdown .ring'), digits: share('.countdown-digits'), figure: share('.ring-figure') };
      });
    const expected = { ring: { width: 0.96, height: 0.96 }, digits: { width: 1, height: 1 }, figure: { width: 0.64, height: 0.24 } };
    const upright = await parts();
    expect(upright).toEqual({ countdownPx: upright.countdownPx, ...expected });
    await page.setViewportSize(LANDSCAPE);
    await page.clock.runFor(1000);
    const turned = await parts();
    // Smaller on its side, and every part drawn at the new size, not the one it had upright.
    expect(turned.countdownPx).toBeLessThan(upright.countdownPx);
    expect(turned).toEqual({ countdownPx: turned.countdownPx, ...expected });
  });

  it('keeps every control on the first screen of a 390 × 844 phone on every kind of step', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/lower-back-full', words.start);
    await runTo(page, 500);
    await expectEveryControlOnScreen(page, PORTRAIT, 'get-ready');
    await shot(page, `portrait-get-ready-${tag}`);
    await runTo(page, 12_000);
    await runUntilKind(page, 'work', 0);
    await expectEveryControlOnScreen(page, PORTRAIT, 'timed work');
    await shot(page, `portrait-timed-${tag}`);
    await runTo(page, 61_000);
    await runUntilKind(page, 'switch-sides', 0);
    await expectEveryControlOnScreen(page, PORTRAIT, 'switch sides');
    await runUntilKind(page, 'rest-between-exercises', 120_000);
    await expectEveryControlOnScreen(page, PORTRAIT, 'rest');
    await shot(page, `portrait-rest-${tag}`);
    // The back stretch: reps per side, with the longest names and cues.
    await runUntilKind(page, 'work', 30_000);
    await expectEveryControlOnScreen(page, PORTRAIT, 'rep work, per side');
    await shot(page, `portrait-rep-side-${tag}`);
  });

  it('keeps every control on screen during an open-ended hold and the rest between its sets', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/prone-chest-raise-t', words.start);
    await runTo(page, 15_000);
    await runUntilKind(page, 'work', 0);
    await expectEveryControlOnScreen(page, PORTRAIT, 'open-ended hold');
    await shot(page, `portrait-hold-${tag}`);
    // The big tap area ends the hold.
    await page.getByRole('timer').click();
    await runUntilKind(page, 'rest-between-sets', 0);
    await expectEveryControlOnScreen(page, PORTRAIT, 'rest between sets');
  });

  it('keeps every control on screen on an alternating rep step, with its side', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/diagonal-arm-leg-raise', words.start);
    await runTo(page, 10_500);
    await runUntilKind(page, 'work', 0);
    await expectEveryControlOnScreen(page, PORTRAIT, 'alternating rep work');
  });

  it('keeps every control on screen with two more buttons and longer labels, upright and on its side', async () => {
    const page = e2e.page();
    await startWorkout(page, '/play/exercise/back-stretch-countermovement', words.start);
    await runTo(page, 10_500);
    await runUntilKind(page, 'work', 0);
    // As another change may make them: a "Next step" button in each row, and Skip named longer.
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('.player-controls-main, .player-controls-more')) {
        const extra = row.querySelector('button:not(.primary)')!.cloneNode() as HTMLButtonElement;
        extra.textContent = document.documentElement.lang.startsWith('de') ? 'Nächster Schritt' : 'Next step';
        row.append(extra);
      }
      const skip = document.querySelectorAll<HTMLButtonElement>('.player-controls-main button')[2]!;
      skip.textContent = document.documentElement.lang.startsWith('de') ? 'Nächste Übung' : 'Next exercise';
    });
    await shot(page, `portrait-more-buttons-${tag}`);
    await expectEveryControlOnScreen(page, PORTRAIT, 'two more buttons');
    await page.setViewportSize(LANDSCAPE);
    await shot(page, `landscape-more-buttons-${tag}`);
    await expectEveryControlOnScreen(page, LANDSCAPE, 'two more buttons, landscape');
  });

  it('fits a 390 × 664 phone too (Safari with its bars), running and paused', async () => {
    const page = e2e.page();
    const short = { width: 390, height: 664 };
    await page.setViewportSize(short);
    await startWorkout(page, '/play/exercise/pelvic-lift', words.start);
    await runTo(page, 10_500);
    await runUntilKind(page, 'work', 0);
    await shot(page, `short-rep-${tag}`);
    // Below the controls, headless Chromium's "voice unavailable" line may need a scroll: phones have voices.
    await expectEveryControlOnScreen(page, short, 'short phone, running', true);
    await page.getByRole('button', { name: words.pause, exact: true }).click();
    await shot(page, `short-paused-${tag}`);
    await expectEveryControlOnScreen(page, short, 'short phone, paused', true);
  });

  it('lays a landscape phone out side by side: countdown and name left, cues and controls right, nothing below the fold', async () => {
    const page = e2e.page();
    await page.setViewportSize(LANDSCAPE);
    await startWorkout(page, '/play/exercise/back-stretch-countermovement', words.start);
    await runTo(page, 10_500);
    await runUntilKind(page, 'work', 0);
    await shot(page, `landscape-rep-${tag}`);
    for (const state of ['running', 'paused'] as const) {
      if (state === 'paused') {
        await page.getByRole('button', { name: words.pause, exact: true }).click();
        await page.getByRole('button', { name: words.resume, exact: true }).waitFor();
        await shot(page, `landscape-paused-${tag}`);
      }
      const countdown = await box(page, '.countdown');
      const name = await box(page, '.exercise-name');
      const cue = await box(page, '.cue.current');
      const controls = await box(page, '.player-controls');
      expect(countdown.right, `${state}: countdown left of the controls`).toBeLessThanOrEqual(controls.left);
      expect(name.right, `${state}: name left of the cues`).toBeLessThanOrEqual(cue.left);
      expect(await fontPx(page, '.exercise-name')).toBeGreaterThanOrEqual(28);
      expect(await fontPx(page, '.cue.current')).toBeGreaterThanOrEqual(24);
      await expectEveryControlOnScreen(page, LANDSCAPE, `landscape, ${state}`);
    }
  });

  it('keeps a landscape get-ready and timed step on one screen', async () => {
    const page = e2e.page();
    await page.setViewportSize(LANDSCAPE);
    await startWorkout(page, '/play/lower-back-full', words.start);
    await runTo(page, 500);
    await expectEveryControlOnScreen(page, LANDSCAPE, 'landscape get-ready');
    await shot(page, `landscape-get-ready-${tag}`);
    await runTo(page, 12_000);
    await runUntilKind(page, 'work', 0);
    await expectEveryControlOnScreen(page, LANDSCAPE, 'landscape timed work');
    await shot(page, `landscape-timed-${tag}`);
  });

  it.each(['light', 'dark'] as const)('has no axe violations on the paused screen in the %s theme, with reduced motion', async (colorScheme) => {
    const page = e2e.page();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await startWorkout(page, '/play/exercise/pelvic-lift', words.start);
    await runTo(page, 10_500);
    await page.getByRole('button', { name: words.pause, exact: true }).click();
    await page.getByRole('button', { name: words.resume, exact: true }).waitFor();
    await shot(page, `portrait-paused-${colorScheme}-${tag}`);
    // axe waits on timers: let the page clock run (the workout is paused, nothing moves).
    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);
  });
});
