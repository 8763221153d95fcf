import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import ExerciseLibraryPage from '../../../src/features/library/exercise-library-page';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { englishNamesShown } from '../../shared/ui/english-catalog-words';

function renderLibrary(path = '/exercises') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/exercises" element={<ExerciseLibraryPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const shownNames = () => screen.queryAllByRole('article').map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
const total = catalog.exercises.length;

describe('the exercise library', () => {
  it('shows every exercise with a link to its page', () => {
    renderLibrary();
    expect(screen.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeInTheDocument();
    expect(shownNames()).toEqual(catalog.exercises.map((exercise) => exercise.name));
    expect(screen.getByRole('link', { name: 'Chair stretch' })).toHaveAttribute('href', '/exercises/chair-stretch');
    expect(screen.getByRole('status')).toHaveTextContent(`Showing all ${total} exercises.`);
  });

  it('finds an exercise by the article’s own (mistranslated) name', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const search = screen.getByRole('searchbox', { name: 'Search exercises' });
    expect(search).toHaveAccessibleDescription(expect.stringContaining('Also finds the translated article’s own terms, such as “pool lift” (pelvic lift)'));
    await user.type(search, 'pool lift');
    expect(shownNames()).toEqual(['Pelvic lift (glute bridge)']);
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 1 of ${total} exercises.`);
  });

  it('finds exercises by a muscle, in our words or in the article’s', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const search = screen.getByRole('searchbox', { name: 'Search exercises' });
    await user.type(search, 'hamstrings');
    expect(shownNames()).toEqual(['Pelvic lift (glute bridge)']);

    await user.clear(search);
    await user.type(search, 'subbone');
    expect(shownNames()).toEqual(['Bent-over reverse fly']);
  });

  it('combines the region and level filters', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(within(screen.getByRole('group', { name: 'Region' })).getByRole('button', { name: 'Upper back' }));
    expect(shownNames()).toEqual(['Prone reverse fly, bent arms', 'Overhead band pull-apart', 'Bent-over reverse fly', 'Chair stretch']);
    await user.click(within(screen.getByRole('group', { name: 'Level' })).getByRole('button', { name: 'Intermediate' }));
    expect(shownNames()).toEqual(['Bent-over reverse fly']);
  });

  it('filters by muscle group, whatever part of the muscle an exercise names', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(within(screen.getByRole('group', { name: 'Muscle' })).getByRole('button', { name: 'Latissimus dorsi' }));
    expect(shownNames()).toEqual(['Prone chest raise, arms out to the sides']);
    await user.click(within(screen.getByRole('group', { name: 'Muscle' })).getByRole('button', { name: 'Hamstrings' }));
    expect(shownNames()).toEqual(['Pelvic lift (glute bridge)', 'Prone chest raise, arms out to the sides']);
  });

  it('leaves out the exercise that needs a chair when the user has no equipment', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(within(screen.getByRole('group', { name: 'Equipment you have' })).getByRole('button', { name: 'No equipment' }));
    expect(shownNames()).toHaveLength(total - 1);
    expect(shownNames()).not.toContain('Chair stretch');
  });

  it('says when nothing matches and clears the search and filters on request', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.type(screen.getByRole('searchbox', { name: 'Search exercises' }), 'handstand');
    expect(screen.getByRole('status')).toHaveTextContent('No exercise matches your search and filters.');
    await user.click(screen.getByRole('button', { name: 'Show all exercises' }));
    expect(shownNames()).toHaveLength(total);
    expect(screen.getByRole('searchbox', { name: 'Search exercises' })).toHaveValue('');
  });

  it('opens with the search and filters of the address', () => {
    renderLibrary('/exercises?q=glutes&region=lumbar&muscle=nonsense');
    expect(screen.getByRole('searchbox', { name: 'Search exercises' })).toHaveValue('glutes');
    expect(shownNames()).toEqual(['Quadruped leg raise', 'Pelvic lift (glute bridge)', 'Diagonal arm and leg raise']);
  });
});

describe('the exercise library in German', () => {
  beforeEach(() => activateLanguage('de'));
  afterEach(() => activateLanguage('en'));

  it('shows every exercise, the search and the filters in German, and no English catalog name', async () => {
    renderLibrary();
    expect(screen.getByRole('heading', { level: 1, name: 'Übungssammlung' })).toBeInTheDocument();
    expect(shownNames()).toContain('Beinheben im Vierfüßlerstand');
    expect(shownNames()).toContain('Beckenheben (Brücke)');
    expect(screen.getByRole('status')).toHaveTextContent(`Alle ${total} Übungen werden angezeigt.`);
    expect(screen.getByRole('searchbox', { name: 'Übungen suchen' })).toBeInTheDocument();
    expect(screen.queryByText('Quadruped leg raise')).not.toBeInTheDocument();
    // The article's own names stay as the English source has them, marked as English.
    const poolLift = within(screen.getByRole('article', { name: 'Beckenheben (Brücke)' })).getByText('Pool lift');
    expect(poolLift.tagName).toBe('Q');
    expect(poolLift).toHaveAttribute('lang', 'en');
    expect(poolLift.parentElement).toHaveTextContent('In der englischen Fassung des Artikels: Pool lift');
    expect(await englishNamesShown()).toEqual([]);
  });

  it('finds exercises by their German names, and by the English article’s words', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const search = screen.getByRole('searchbox', { name: 'Übungen suchen' });
    await user.type(search, 'vierfüssler');
    expect(shownNames()).toEqual(['Beinheben im Vierfüßlerstand']);
    expect(screen.getByRole('status')).toHaveTextContent(`1 von ${total} Übungen wird angezeigt.`);
    await user.clear(search);
    await user.type(search, 'pool lift');
    expect(shownNames()).toEqual(['Beckenheben (Brücke)']);
  });

  it('groups the muscle filter by muscle id: one Rückenstrecker, in the address as an id', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const muscles = within(screen.getByRole('group', { name: 'Muskel' }));
    expect(muscles.getAllByRole('button', { name: /Rückenstrecker/ })).toHaveLength(1);
    await user.click(muscles.getByRole('button', { name: 'Rückenstrecker' }));
    // Every exercise works some part of the erector spinae.
    expect(shownNames()).toHaveLength(total);
    await user.click(within(screen.getByRole('group', { name: 'Bereich' })).getByRole('button', { name: 'Oberer Rücken' }));
    expect(shownNames()).toEqual(['Reverse Flys in Bauchlage, Arme gebeugt', 'Deuserband über Kopf auseinanderziehen', 'Reverse Flys vorgebeugt im Stand', 'Dehnung am Stuhl']);
  });

  it('opens a link made in English with the same filters', () => {
    renderLibrary('/exercises?muscle=hamstrings&equipment=none');
    expect(within(screen.getByRole('group', { name: 'Muskel' })).getByRole('button', { name: 'Hintere Oberschenkelmuskulatur' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('group', { name: 'Ihre Hilfsmittel' })).getByRole('button', { name: 'Keine Hilfsmittel' })).toHaveAttribute('aria-pressed', 'true');
    expect(shownNames()).toEqual(['Beckenheben (Brücke)']);
  });
});
