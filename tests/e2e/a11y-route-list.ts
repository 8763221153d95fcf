import type { Page } from 'playwright-core';
import { paths } from '../../src/shared/paths';

/**
 * Every screen of the app, with real catalog ids, for the accessibility, privacy and offline
 * checks. Add a screen here when a route is added to src/app/app-routes.tsx.
 */
export const everyScreen: readonly { readonly name: string; readonly path: string }[] = [
  { name: 'workouts (home)', path: paths.home() },
  { name: 'routine detail', path: paths.routine('lower-back-beginner') },
  { name: 'exercise library', path: paths.exercises() },
  { name: 'exercise detail', path: paths.exercise('pelvic-lift') },
  { name: 'sports', path: paths.sports() },
  { name: 'my routines', path: paths.myRoutines() },
  { name: 'new routine', path: paths.newRoutine() },
  { name: 'edit an unknown routine', path: paths.editRoutine('no-such-routine') },
  { name: 'shared routine without a routine in the link', path: paths.shared() },
  { name: 'shared routine with a broken link', path: `${paths.shared()}#r=not-a-routine` },
  { name: 'settings', path: paths.settings() },
  { name: 'history (empty)', path: paths.history() },
  { name: 'exercise history (empty)', path: paths.exerciseHistory('prone-chest-raise-t') },
  { name: 'player before the start', path: paths.player('lower-back-beginner') },
  { name: 'player for one exercise', path: paths.playExercise('pelvic-lift') },
  { name: 'player for an unknown routine', path: paths.player('no-such-routine') },
  { name: 'unknown routine', path: paths.routine('no-such-routine') },
  { name: 'unknown exercise', path: paths.exercise('no-such-exercise') },
  { name: 'page not found', path: '/no/such/page' },
];

/** Opens a screen and waits until its lazy code has loaded and its heading is on screen. */
export async function openScreen(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.getByText('Loading…', { exact: true }).waitFor({ state: 'detached' });
}
