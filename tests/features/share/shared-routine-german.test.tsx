/** The shared routine page and the share panel in German, with German exercise names and reasons. */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../../src/shared/i18n/i18n';
import { createShareLink } from '../../../src/shared/routine-transfer/share-link-codec';
import { renderPages, resetBuilderStores } from '../builder/render-pages';
import { seedRoutines } from '../../stores/seed-user-data';
import { sampleRoutine } from '../../shared/routine-transfer/transfer-fixtures';

const sharedPathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

describe('the shared routine page in German', () => {
  beforeEach(async () => {
    await resetBuilderStores();
    await activateLanguage('de');
  });
  afterEach(() => activateLanguage('en'));

  it('shows the share panel and the shared routine in German', async () => {
    await seedRoutines(sampleRoutine());
    const sender = renderPages('/my-routines');
    await sender.user.click(screen.getByRole('button', { name: 'Teilen Morning back' }));
    const panel = screen.getByRole('region', { name: 'Morning back teilen' });
    const link = (await within(panel).findByRole('textbox', { name: 'Link zum Teilen von Morning back' })) as HTMLInputElement;
    expect(within(panel).getByRole('button', { name: 'Link kopieren' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
    expect(within(panel).getByText(/^Jeder, der den Link hat/)).toBeInTheDocument();
    sender.unmount();
    await resetBuilderStores();

    const { user } = renderPages(sharedPathOf(link.value));
    expect(await screen.findByRole('heading', { level: 2, name: 'Morning back' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Geteiltes Programm' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Geteilt: Morning back · Upright'));
    expect(screen.getByText('Beinheben im Vierfüßlerstand').closest('li')).toHaveTextContent(/je Seite/);
    expect(screen.getByText(/^Unterer Rücken · Leicht · \d+ Min\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Starten' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'In meinen Programmen speichern' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Gespeichert unter Meine Programme.');
  });

  it('says in German why a link cannot be opened, with a way on', async () => {
    const link = await createShareLink(sampleRoutine(), 'http://localhost');
    renderPages(sharedPathOf(link).slice(0, -8));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Dieser Link ist beschädigt oder unvollständig/);
    expect(screen.getByRole('link', { name: 'Zurück zu den Trainings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meine Programme' })).toBeInTheDocument();
  });

  it('names the problem of a link’s routine in German', async () => {
    const routine = sampleRoutine();
    const link = await createShareLink({ ...routine, items: [...routine.items, { exerciseId: 'plank-x' }] }, 'http://localhost');
    renderPages(sharedPathOf(link));
    expect(await screen.findByRole('alert')).toHaveTextContent("Das Programm in diesem Link lässt sich nicht verwenden: Übung 4: unbekannte Übung 'plank-x'");
  });
});
