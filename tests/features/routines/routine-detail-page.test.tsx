import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import RoutineDetailPage from '../../../src/features/routines/routine-detail-page';
import { catalogTransferContext } from '../../../src/shared/routine-transfer/catalog-transfer-context';
import { decodeShareFragment } from '../../../src/shared/routine-transfer/share-link-codec';
import { resetCustomRoutinesStore } from '../../../src/stores/custom-routines-store';
import { seedRoutines } from '../../stores/seed-user-data';
import { resetSettingsStore, settingsActions } from '../../../src/stores/settings-store';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { englishNamesShown } from '../../shared/ui/english-catalog-words';

/** Stands in for the builder: shows what the detail page handed over in the navigation state. */
function BuilderProbe() {
  const location = useLocation();
  return <pre data-testid="builder-state">{JSON.stringify(location.state)}</pre>;
}

function renderRoutine(routineId: string) {
  return render(
    <MemoryRouter initialEntries={[`/routines/${routineId}`]}>
      <Routes>
        <Route path="/routines/:routineId" element={<RoutineDetailPage />} />
        <Route path="/my-routines/new" element={<BuilderProbe />} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(async () => {
  await resetCustomRoutinesStore();
  resetSettingsStore();
});

describe('the routine detail', () => {
  it('lists the exercises in order, each with its prescription in words', () => {
    renderRoutine('upper-back');
    expect(screen.getByRole('heading', { level: 1, name: 'Upper back' })).toBeInTheDocument();
    const outline = within(screen.getByRole('region', { name: 'Exercises' })).getAllByRole('listitem');
    expect(outline.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Prone reverse fly, bent arms',
      'Overhead band pull-apart',
      'Bent-over reverse fly',
      'Chair stretch',
    ]);
    expect(outline[0]).toHaveTextContent('2 sets of 6 × raise 2 s, hold 3 s, lower 2 s');
    expect(within(outline[0]!).getByRole('link')).toHaveAttribute('href', '/exercises/prone-reverse-fly');
  });

  it('shows the total time, which follows the rest chosen in the settings', () => {
    const { unmount } = renderRoutine('upper-back');
    const totalText = () => screen.getByText('Total time').nextElementSibling?.textContent ?? '';
    const withDefaultRest = totalText();
    expect(withDefaultRest).toMatch(/^\d+ min( \d+ s)?$/);
    unmount();

    settingsActions.settingsChanged({ restSeconds: 120 });
    renderRoutine('upper-back');
    expect(totalText()).not.toBe(withDefaultRest);
  });

  it('shows the equipment, the notes and each exercise’s cautions, saying a caution they all share once', () => {
    renderRoutine('upper-back');
    const equipment = screen.getByRole('region', { name: 'Equipment' });
    expect(within(equipment).getByText('Chair').parentElement).toHaveTextContent('Chair (needed)');
    expect(within(equipment).getByText('Deuser band').parentElement).toHaveTextContent('(optional)');
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('The article recommends the chair stretch at the end of your programme.');

    const cautions = screen.getByRole('region', { name: 'Take care' });
    expect(within(cautions).getAllByText('Stop at once if you feel sharp, shooting or spreading pain.')).toHaveLength(1);
    expect(within(cautions).getByRole('region', { name: 'Chair stretch' })).toHaveTextContent('Use a stable chair that cannot slide away.');
  });

  it('starts the routine in the player', () => {
    renderRoutine('upper-back');
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/play/upper-back');
  });

  it('hands the routine to the builder as a copy when the user customises it', async () => {
    const user = userEvent.setup();
    renderRoutine('upper-back');
    await user.click(screen.getByRole('link', { name: 'Customize' }));
    expect(JSON.parse(screen.getByTestId('builder-state').textContent ?? 'null')).toEqual({ fromRoutineId: 'upper-back' });
  });

  it('makes a share link that opens as the same routine', async () => {
    const user = userEvent.setup();
    renderRoutine('upper-back');
    const share = screen.getByRole('button', { name: 'Share' });
    await user.click(share);
    expect(share).toHaveAttribute('aria-expanded', 'true');

    const link = (await screen.findByRole('textbox', { name: 'Share link for Upper back' })) as HTMLInputElement;
    const url = new URL(link.value);
    expect(url.pathname).toBe('/shared');
    expect(await decodeShareFragment(url.hash, catalogTransferContext)).toEqual({ ok: true, routine: catalog.routinesById.get('upper-back') });

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox', { name: 'Share link for Upper back' })).not.toBeInTheDocument();
    expect(share).toHaveFocus();
  });

  it('shows the user’s own routine with a link to edit it', async () => {
    await seedRoutines({ id: 'my-quick', name: 'My quick one', purpose: 'Short.', region: 'lumbar', level: 'beginner', items: [{ exerciseId: 'pelvic-lift', overrides: { reps: 4 } }] });
    renderRoutine('my-quick');
    expect(screen.getByRole('heading', { level: 1, name: 'My quick one' })).toBeInTheDocument();
    expect(screen.getByText('Your routine')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/my-routines/my-quick/edit');
    expect(screen.getByRole('region', { name: 'Exercises' })).toHaveTextContent('2 sets of 4 ×');
  });

  it('says what is wrong, and offers no Start, when a saved routine names an exercise that no longer exists', async () => {
    await seedRoutines({ id: 'my-stale', name: 'My stale one', purpose: 'Old.', region: 'lumbar', level: 'beginner', items: [{ exerciseId: 'plank-x' }] });
    renderRoutine('my-stale');
    expect(screen.getByRole('alert')).toHaveTextContent(/item 1: .*plank-x/);
    expect(screen.queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();
  });

  it('says the routine was not found for an unknown id, with a way back', () => {
    renderRoutine('no-such-routine');
    expect(screen.getByRole('heading', { level: 1, name: 'Routine not found' })).toBeInTheDocument();
    expect(screen.getByText(/no-such-routine/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the workouts' })).toHaveAttribute('href', '/');
  });
});

describe('the routine detail in German', () => {
  beforeEach(() => activateLanguage('de'));
  afterEach(() => activateLanguage('en'));

  it('shows the routine, its outline, equipment, notes and cautions in German, and no English catalog name', () => {
    renderRoutine('upper-back');
    expect(screen.getByRole('heading', { level: 1, name: 'Oberer Rücken' })).toBeInTheDocument();
    expect(document.title).toBe('Oberer Rücken · Upright');
    expect(screen.getByText('Schwierigkeit').nextElementSibling).toHaveTextContent('Mittel');
    expect(screen.getByText('Gesamtdauer').nextElementSibling?.textContent).toMatch(/^\d+ Min\.( \d+ s)?$/);
    const outline = within(screen.getByRole('region', { name: 'Übungen' })).getAllByRole('listitem');
    expect(outline.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Reverse Flys in Bauchlage, Arme gebeugt',
      'Deuserband über Kopf auseinanderziehen',
      'Reverse Flys vorgebeugt im Stand',
      'Dehnung am Stuhl',
    ]);
    expect(outline[0]).toHaveTextContent('2 Sätze à 6 × Anheben 2 s, Halten 3 s, Absenken 2 s');
    expect(within(screen.getByRole('region', { name: 'Hilfsmittel' })).getByText('Stuhl').parentElement).toHaveTextContent('Stuhl (nötig)');
    expect(screen.getByRole('region', { name: 'Hinweise' })).toHaveTextContent('Der Artikel empfiehlt die Dehnung am Stuhl zum Abschluss des Programms.');
    const cautions = screen.getByRole('region', { name: 'Bitte beachten' });
    expect(within(cautions).getByRole('region', { name: 'Dehnung am Stuhl' })).toHaveTextContent('Einen stabilen Stuhl verwenden, der nicht wegrutschen kann.');
    expect(screen.getByRole('link', { name: 'Starten' })).toHaveAttribute('href', '/play/upper-back');
    expect(screen.getByRole('link', { name: 'Anpassen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Teilen' })).toBeInTheDocument();
    expect(screen.queryByText('Chair stretch')).not.toBeInTheDocument();
    return expect(englishNamesShown()).resolves.toEqual([]);
  });

  it('says in German why a saved routine cannot start', async () => {
    await seedRoutines({ id: 'my-stale', name: 'Mein altes', purpose: 'Alt.', region: 'lumbar', level: 'beginner', items: [{ exerciseId: 'plank-x' }] });
    renderRoutine('my-stale');
    expect(screen.getByRole('alert')).toHaveTextContent('Dieses Programm lässt sich nicht starten: Eintrag 1: Die Übung „plank-x“ gibt es in der Übungssammlung nicht.');
    expect(screen.getByText('Ihr Programm')).toBeInTheDocument();
  });

  it('says in German that a routine was not found', () => {
    renderRoutine('no-such-routine');
    expect(screen.getByRole('heading', { level: 1, name: 'Programm nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByText(/Auf diesem Gerät gibt es kein Programm „no-such-routine“/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zu den Trainings' })).toHaveAttribute('href', '/');
  });
});
