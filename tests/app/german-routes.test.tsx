import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/app-routes';
import { catalog } from '../../src/catalog/catalog';
import { activateLanguage } from '../../src/shared/i18n/i18n';
import { englishNamesShown } from '../shared/ui/english-catalog-words';

/** Every route a user can reach, with real ids, rendered as a German user sees it. */
const ROUTES = [
  '/',
  '/exercises',
  ...catalog.exercises.map((exercise) => `/exercises/${exercise.id}`),
  '/sports',
  ...catalog.routines.map((routine) => `/routines/${routine.id}`),
  '/my-routines',
  '/my-routines/new',
  '/settings',
  ...catalog.routines.map((routine) => `/play/${routine.id}`),
  `/play/exercise/${catalog.exercises[0]!.id}`,
  '/a-page-that-does-not-exist',
];

beforeAll(() => activateLanguage('de'));
afterAll(() => activateLanguage('en'));

describe('every route in German', () => {
  it.each(ROUTES)('%s shows no English catalog name and no English navigation', async (path) => {
    const view = render(
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 })).toBeInTheDocument();
    expect(await englishNamesShown(view.container)).toEqual([]);
    const text = view.container.textContent ?? '';
    for (const english of ['Choose a workout', 'My routines', 'Settings', 'Loading…', 'Back to the workouts', 'Get ready']) {
      expect(text.includes(english), `"${english}" on ${path}`).toBe(false);
    }
    view.unmount();
  });
});
