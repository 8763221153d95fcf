/**
 * The builder and My routines in German: headings, labels, buttons and messages come from the
 * German texts, exercise names from the German catalog. Tests run in English; these switch to
 * German and back.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { documentOf, sampleRoutine } from '../../shared/routine-transfer/transfer-fixtures';
import { seedRoutines } from '../../stores/seed-user-data';
import { renderPages, resetBuilderStores } from './render-pages';

const jsonFile = (content: unknown, name = 'routines.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

describe('the builder in German', () => {
  beforeEach(async () => {
    await resetBuilderStores();
    await activateLanguage('de');
  });
  afterEach(() => activateLanguage('en'));

  it('names every field, button and section in German, with German exercise names', async () => {
    const { user } = renderPages('/my-routines/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Neues Programm' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Neues Programm · Upright'));
    expect(screen.getByRole('group', { name: 'Über dieses Programm' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Zweck' })).toHaveAccessibleDescription(/^Wofür es gedacht ist/);
    expect(screen.getByRole('combobox', { name: 'Bereich' })).toHaveDisplayValue('Ganzer Rücken');
    expect(screen.getByRole('combobox', { name: 'Schwierigkeit' })).toHaveDisplayValue('Leicht');
    expect(screen.getByRole('heading', { level: 2, name: 'Übungen' })).toBeInTheDocument();
    expect(screen.getByText(/^Gesamtdauer:/)).toHaveTextContent('(fügen Sie eine Übung hinzu, um sie zu sehen)');

    await user.click(screen.getByRole('button', { name: 'Hinzufügen Beckenheben (Brücke)' }));
    const item = screen.getByRole('group', { name: '1. Beckenheben (Brücke)' });
    expect(within(item).getByRole('textbox', { name: 'Sätze' })).toHaveAccessibleDescription(/^Leer lassen, um den Standardwert der Übung zu verwenden \(\d+\)\.$/);
    expect(within(item).getByRole('textbox', { name: 'Haltezeit (Sekunden)' })).toHaveAccessibleDescription(/^Leer lassen, um den Standardwert der Übung zu verwenden \(\d+ s\)\.$/);
    expect(within(item).getByRole('button', { name: 'Entfernen Beckenheben (Brücke)' })).toBeInTheDocument();
    expect(screen.getByText(/Beckenheben \(Brücke\) als Übung 1 hinzugefügt\./)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Bereich' })).toHaveDisplayValue('Unterer Rücken');

    await user.type(within(item).getByRole('textbox', { name: 'Sätze' }), '25');
    expect(within(item).getByRole('textbox', { name: 'Sätze' })).toHaveAccessibleDescription(expect.stringContaining('„Sätze“ darf höchstens 20 sein.'));
    expect(screen.getByText(/^Gesamtdauer:/)).toHaveTextContent('(korrigieren Sie die Punkte unten, um sie zu sehen)');

    await user.click(screen.getByRole('button', { name: 'Programm speichern' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name darf nicht leer sein.');
    expect(screen.getByRole('alert')).toHaveTextContent('Noch nicht gespeichert: 3 Punkte müssen noch korrigiert werden (oben markiert).');
  });

  it('shows My routines in German: the list, its actions, renaming and an import preview', async () => {
    await seedRoutines(sampleRoutine());
    const { user } = renderPages('/my-routines');
    expect(screen.getByRole('heading', { level: 1, name: 'Meine Programme' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Meine Programme · Upright'));
    expect(screen.getByText(/^3 Übungen · \d+ Min\. \d+ s · Unterer Rücken · Leicht$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neues Programm' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Starten Morning back' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Alle exportieren' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Umbenennen Morning back' }));
    const field = screen.getByRole('textbox', { name: 'Neuer Name für Morning back' });
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }));
    expect(field).toHaveAccessibleDescription('Der Name darf nicht leer sein.');
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));

    await user.upload(screen.getByLabelText('Aus einer Datei importieren'), jsonFile(documentOf([sampleRoutine()])));
    const preview = await screen.findByRole('region', { name: 'Import aus routines.json' });
    expect(within(preview).getByText(/^Diese Datei enthält ein Programm\. Gespeichert wird erst/)).toBeInTheDocument();
    expect(within(preview).getByText('Beinheben im Vierfüßlerstand')).toBeInTheDocument();
    expect(within(preview).getByRole('radio', { name: 'Beide behalten (das importierte bekommt eine eigene Kennung)' })).toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Import abbrechen' }));

    await user.upload(screen.getByLabelText('Aus einer Datei importieren'), jsonFile('{ not json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^routines\.json wurde nicht importiert: Diese Datei ist kein gültiges JSON/);
  });

  it('says why an import file is refused in German, with the place of the problem', async () => {
    const routine = sampleRoutine();
    const items = [...routine.items, { exerciseId: 'plank-x' }];
    const { user } = renderPages('/my-routines');
    await user.upload(screen.getByLabelText('Aus einer Datei importieren'), jsonFile(documentOf([{ ...routine, items }])));
    expect(await screen.findByRole('alert')).toHaveTextContent("routines.json wurde nicht importiert: Programm 1, Übung 4: unbekannte Übung 'plank-x'");
  });
});
