import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import exercisesFile from '../../data/exercises.json';
import { paths } from '../../src/shared/paths';
import { axeViolations } from './harness/axe';
import { useBrowser } from './harness/browser';
import { paintFramesAfterChange, startWorkout } from './harness/workout-clock';

/** Where a person looks at the figures: one PNG per exercise and pose (see the README). */
const figuresDir = resolve(import.meta.dirname, '../../test-results/figures');
const e2e = useBrowser({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 2 });
const exerciseIds = exercisesFile.exercises.map((exercise) => exercise.id);

const figureLabels = (page: Page) => page.locator('.exercise-figure[role="img"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));

describe('the exercise figures', () => {
  it('draws every exercise in its setup and its peak pose, named for a screen reader, with no axe violation', async () => {
    mkdirSync(figuresDir, { recursive: true });
    const page = e2e.page();
    await page.goto(paths.exercises());
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Each card shows the exercise's key pose, named.
    expect(await page.getByRole('img', { name: /^Quadruped leg raise: on all fours, right leg stretched back$/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    for (const id of exerciseIds) {
      await page.goto(paths.exercise(id));
      const figures = page.locator('.exercise-detail-figures > .exercise-figure');
      await figures.first().waitFor();
      expect(await figures.count()).toBe(2);
      await figures.nth(0).screenshot({ path: `${figuresDir}/${id}-setup.png` });
      await figures.nth(1).screenshot({ path: `${figuresDir}/${id}-peak.png` });
      const [setup, peak] = await figureLabels(page);
      expect(setup).toMatch(/^.+: .+$/);
      expect(peak).not.toBe(setup);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moves the figure in the player with the step, stops it on pause and shows both poses still with reduced motion', async () => {
    const page = e2e.page();
    await startWorkout(page, paths.playExercise('pelvic-lift'));
    const figure = page.locator('.ring-figure .exercise-figure');
    // The get-ready shows the setup, still.
    expect(await figure.getAttribute('data-pose')).toBe('setup');
    for (let tries = 0; tries < 200 && (await figure.getAttribute('data-pose')) !== 'raise'; tries++) await page.clock.runFor(250);
    expect(await figure.getAttribute('aria-label')).toBe('Pelvic lift (glute bridge): pelvis raised, upper body and thighs in a straight line');
    const playStates = () => page.evaluate(() => [...new Set(document.getAnimations().filter((a) => a instanceof CSSAnimation === false).map((a) => a.playState))]);
    expect(await playStates()).toEqual(['running']);
    await page.locator('.countdown').screenshot({ path: `${figuresDir}/player-pelvic-lift-raise.png` });

    await page.getByRole('button', { name: 'Pause' }).click();
    await paintFramesAfterChange(page);
    // Paused, nothing moves (a raise whose 2 s ran out in real time meanwhile is 'finished', still too).
    await expect.poll(async () => (await playStates()).includes('running')).toBe(false);
    // axe waits on timers: let the page clock run (the workout is paused, so it stays on this step).
    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = page.locator('.ring-figure .is-still-pair > [role="img"]');
    await expect.poll(() => still.count()).toBe(2);
    expect(await still.nth(0).getAttribute('aria-label')).toMatch(/^Start: Pelvic lift \(glute bridge\): /);
    expect(await page.evaluate(() => document.getAnimations().filter((a) => !(a instanceof CSSAnimation)).length)).toBe(0);
    await page.locator('.countdown').screenshot({ path: `${figuresDir}/player-pelvic-lift-reduced-motion.png` });
    expect(await axeViolations(page)).toEqual([]);
  });
});
