import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { HomePage } from '../../../src/features/home/home-page';
import { resetCustomRoutinesStore } from '../../../src/stores/custom-routines-store';
import { seedRoutines } from '../../stores/seed-user-data';
import { resetFirstVisitStore } from '../../../src/stores/first-visit-store';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { englishNamesShown } from '../../shared/ui/english-catalog-words';

function LocationProbe() {
  const location = useLocation();
  // Not part of the app: shows the test where the router is.
  return <pre data-testid="location">{location.pathname + location.search}</pre>;
}

function renderHome(path = '/') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/" element={<HomePage />} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
  );
}

const routineList = () => screen.getByRole('region', { name: 'Routines from the article' });
const cardTitles = () =>
  within(routineList())
    .queryAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

// Home's lazy parts, imported once up front: a first import of their module graphs (catalog,
// engine) can take longer than findBy's 1 s on a busy machine, and these tests are not about it.
beforeAll(async () => {
  await Promise.all([import('../../../src/features/home/routine-picker'), import('../../../src/features/home/first-visit-note')]);
});

afterEach(async () => {
  resetFirstVisitStore();
  await resetCustomRoutinesStore();
});

describe('the home page', () => {
  it('shows every built-in routine as a card with its region, level, duration, equipment and exercises', async () => {
    renderHome();
    expect(await screen.findByText(`Showing all ${catalog.routines.length} routines.`)).toBeInTheDocument();
    expect(cardTitles()).toEqual(catalog.routines.map((routine) => routine.name));

    const upperBack = screen.getByRole('article', { name: 'Upper back' });
    expect(within(upperBack).getByText('Intermediate')).toBeInTheDocument();
    expect(within(upperBack).getByText(/^\d+ min$/)).toBeInTheDocument();
    expect(within(upperBack).getByText('Chair')).toBeInTheDocument();
    const exercises = within(upperBack).getByRole('list', { name: 'Exercises in Upper back' });
    expect(within(exercises).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Prone reverse fly, bent arms',
      'Overhead band pull-apart',
      'Bent-over reverse fly',
      'Chair stretch',
    ]);
    expect(within(upperBack).getByRole('link', { name: 'Start Upper back' })).toHaveAttribute('href', '/play/upper-back');
    expect(within(upperBack).getByRole('link', { name: 'Upper back' })).toHaveAttribute('href', '/routines/upper-back');
  });

  it('narrows the list to the upper back when that region is pressed, and says how many are shown', async () => {
    const user = userEvent.setup();
    renderHome();
    const region = within(await screen.findByRole('group', { name: 'Region' }));
    await user.click(region.getByRole('button', { name: 'Upper back' }));

    expect(region.getByRole('button', { name: 'Upper back' })).toHaveAttribute('aria-pressed', 'true');
    expect(cardTitles()).toEqual(['Upper back', 'Desk or TV break']);
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 2 of ${catalog.routines.length} routines.`);
    expect(screen.getByTestId('location')).toHaveTextContent('/?region=thoracic');
  });

  it('keeps only the routines that need no equipment when "No equipment" is pressed', async () => {
    const user = userEvent.setup();
    renderHome();
    const equipment = within(await screen.findByRole('group', { name: 'Equipment you have' }));
    await user.click(equipment.getByRole('button', { name: 'No equipment' }));
    expect(cardTitles()).toEqual(['Lower back for beginners', 'Full lower back']);

    await user.click(equipment.getByRole('button', { name: 'Chair' }));
    expect(cardTitles()).toHaveLength(catalog.routines.length);
  });

  it('says when no routine matches and brings every routine back on request', async () => {
    const user = userEvent.setup();
    renderHome();
    await user.click(within(await screen.findByRole('group', { name: 'Region' })).getByRole('button', { name: 'Lower back' }));
    await user.click(within(screen.getByRole('group', { name: 'Duration' })).getByRole('button', { name: 'Over 20 min' }));

    expect(screen.getByRole('status')).toHaveTextContent('No routine matches these filters.');
    expect(cardTitles()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Show all routines' }));
    expect(cardTitles()).toHaveLength(catalog.routines.length);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('opens with the filters of the address, as after coming back from a routine', async () => {
    renderHome('/?level=beginner');
    expect(await screen.findByText(`Showing 1 of ${catalog.routines.length} routines.`)).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Lower back for beginners']);
    expect(within(screen.getByRole('group', { name: 'Level' })).getByRole('button', { name: 'Beginner' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists the user’s own routines with links to their detail and to start them', async () => {
    await seedRoutines({ id: 'my-morning', name: 'My morning', purpose: 'Wake up the back.', region: 'lumbar', level: 'beginner', items: [{ exerciseId: 'pelvic-lift' }] });
    renderHome();
    const mine = within(await screen.findByRole('region', { name: 'Your routines' }));
    expect(mine.getByRole('link', { name: 'My morning' })).toHaveAttribute('href', '/routines/my-morning');
    expect(mine.getByRole('link', { name: 'Start My morning' })).toHaveAttribute('href', '/play/my-morning');
    expect(mine.getByText('Pelvic lift (glute bridge)')).toBeInTheDocument();
  });

  it('points a user without routines of their own to the builder', async () => {
    renderHome();
    const mine = within(await screen.findByRole('region', { name: 'Your routines' }));
    expect(mine.getByRole('link', { name: 'Build a routine' })).toHaveAttribute('href', '/my-routines/new');
  });
});

describe('the home page in German', () => {
  beforeEach(() => activateLanguage('de'));
  afterEach(() => activateLanguage('en'));

  it('shows the routines, their facts and the filters in German, and no English catalog name', async () => {
    renderHome();
    const list = within(await screen.findByRole('region', { name: 'Programme aus dem Artikel' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Alle ${catalog.routines.length} Programme werden angezeigt.`);
    const upperBack = screen.getByRole('article', { name: 'Oberer Rücken' });
    expect(within(upperBack).getByText('Mittel')).toBeInTheDocument();
    expect(within(upperBack).getByText(/^\d+ Min\.$/)).toBeInTheDocument();
    expect(within(upperBack).getByText('Stuhl')).toBeInTheDocument();
    expect(within(upperBack).getByRole('list', { name: 'Übungen in „Oberer Rücken“' })).toHaveTextContent('Dehnung am Stuhl');
    expect(within(upperBack).getByRole('link', { name: 'Oberer Rücken starten' })).toHaveAttribute('href', '/play/upper-back');
    expect(list.getByRole('link', { name: 'Unterer Rücken für Einsteiger' })).toBeInTheDocument();
    expect(list.getAllByText('Beinheben im Vierfüßlerstand').length).toBeGreaterThan(0);
    expect(screen.queryByText('Quadruped leg raise')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ihre Programme' })).toHaveTextContent('Programm zusammenstellen');
    expect(await englishNamesShown()).toEqual([]);
  });

  it('filters with German words and keeps the address in ids, so a link works in both languages', async () => {
    const user = userEvent.setup();
    renderHome();
    const region = within(await screen.findByRole('group', { name: 'Bereich' }));
    await user.click(region.getByRole('button', { name: 'Oberer Rücken' }));
    await user.click(within(screen.getByRole('group', { name: 'Ihre Hilfsmittel' })).getByRole('button', { name: 'Keine Hilfsmittel' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/?region=thoracic&equipment=none');
    expect(screen.getByRole('status')).toHaveTextContent('Kein Programm passt zu diesen Filtern.');
    await user.click(screen.getByRole('button', { name: 'Alle Programme zeigen' }));
    await user.click(within(screen.getByRole('group', { name: 'Dauer' })).getByRole('button', { name: 'Unter 10 Min.' }));
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^\\d von ${catalog.routines.length} Programmen (wird|werden) angezeigt\\.$`));
    expect(screen.getByTestId('location')).toHaveTextContent('/?duration=under-10');
  });
});
