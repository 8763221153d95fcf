import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCustomRoutines } from '../../../src/stores/custom-routines-store';
import { documentOf, sampleRoutine } from '../../shared/routine-transfer/transfer-fixtures';
import { renderPages, resetBuilderStores } from './render-pages';
import { seedRoutines } from '../../stores/seed-user-data';

const jsonFile = (content: unknown, name = 'routines.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

const saved = seedRoutines;

const blobUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };

describe('My routines', () => {
  beforeEach(resetBuilderStores);
  afterEach(() => Object.assign(URL, blobUrls));

  it('lists each routine with its exercise count and time, and links to start and edit it', async () => {
    await saved(sampleRoutine());
    renderPages('/my-routines');
    expect(screen.getByRole('heading', { level: 2, name: 'Morning back' })).toBeInTheDocument();
    expect(screen.getByText(/3 exercises · \d+ min/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start Morning back' })).toHaveAttribute('href', '/play/my-morning-back');
    expect(screen.getByRole('link', { name: 'Edit Morning back' })).toHaveAttribute('href', '/my-routines/my-morning-back/edit');
  });

  it('renames a routine and refuses an empty name', async () => {
    await saved(sampleRoutine());
    const { user } = renderPages('/my-routines');
    await user.click(screen.getByRole('button', { name: 'Rename Morning back' }));
    const field = screen.getByLabelText('New name for Morning back');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(field).toHaveAccessibleDescription('The name must not be empty.');
    await user.type(field, 'Evening back');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    // Renaming is an IndexedDB transaction: the list shows the new name once it is saved.
    expect(await screen.findByRole('heading', { level: 2, name: 'Evening back' })).toBeInTheDocument();
    expect(getCustomRoutines()[0]).toMatchObject({ id: 'my-morning-back', name: 'Evening back' });
  });

  it('duplicates a routine under a new id right after the original', async () => {
    await saved(sampleRoutine(), sampleRoutine({ id: 'my-other', name: 'Other' }));
    const { user } = renderPages('/my-routines');
    await user.click(screen.getByRole('button', { name: 'Duplicate Morning back' }));
    expect(await screen.findByText('Duplicated as “Morning back (copy)”.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Morning back', 'Morning back (copy)', 'Other']);
    expect(getCustomRoutines().map((routine) => routine.name)).toEqual(['Morning back', 'Morning back (copy)', 'Other']);
    expect(new Set(getCustomRoutines().map((routine) => routine.id)).size).toBe(3);
  });

  it('deletes only after confirmation, and the delete can be undone', async () => {
    await saved(sampleRoutine());
    const { user } = renderPages('/my-routines');
    await user.click(screen.getByRole('button', { name: 'Delete Morning back' }));
    expect(getCustomRoutines()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('Deleted “Morning back”.')).toBeInTheDocument();
    expect(getCustomRoutines()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(await screen.findByText('Restored “Morning back”.')).toBeInTheDocument();
    expect(getCustomRoutines()).toEqual([sampleRoutine()]);
  });

  it('exports one routine as a versioned JSON file', async () => {
    await saved(sampleRoutine());
    const blobs: Blob[] = [];
    // jsdom has no Blob URLs: catch the file the page hands to the browser.
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined });
    const { user } = renderPages('/my-routines');
    await user.click(screen.getByRole('button', { name: 'Export Morning back' }));
    expect(blobs).toHaveLength(1);
    const document = JSON.parse(await blobs[0]!.text()) as Record<string, unknown>;
    expect(document).toMatchObject({ format: 'upright-routines', version: 1, routines: [sampleRoutine()] });
  });

  it('previews an import and saves nothing until Import is chosen', async () => {
    const { user } = renderPages('/my-routines');
    await user.upload(screen.getByLabelText('Import from a file'), jsonFile(documentOf([sampleRoutine()])));
    const preview = await screen.findByRole('region', { name: 'Import from routines.json' });
    expect(within(preview).getByRole('heading', { level: 3, name: 'Morning back' })).toBeInTheDocument();
    expect(within(preview).getByText('Quadruped leg raise')).toBeInTheDocument();
    expect(getCustomRoutines()).toEqual([]);
    await user.click(within(preview).getByRole('button', { name: 'Import the routine' }));
    expect(await screen.findByText('Imported “Morning back”.')).toBeInTheDocument();
    expect(getCustomRoutines()).toEqual([sampleRoutine()]);
  });

  it('rejects a bad file with what is wrong and where, and leaves the routines untouched', async () => {
    await saved(sampleRoutine());
    const { user } = renderPages('/my-routines');
    const broken = { ...sampleRoutine({ id: 'incoming' }), items: [{ exerciseId: 'pelvic-lift' }, { exerciseId: 'chair-stretch' }, { exerciseId: 'plank-x' }] };
    await user.upload(screen.getByLabelText('Import from a file'), jsonFile(documentOf([broken]), 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("bad.json was not imported: routine 1, item 3: unknown exercise 'plank-x'");
    expect(alert).toHaveTextContent('Nothing was saved; your routines are unchanged.');
    expect(getCustomRoutines()).toEqual([sampleRoutine()]);
  });

  it('shows text from an import as text, never as markup', async () => {
    const { user } = renderPages('/my-routines');
    const sneaky = sampleRoutine({ name: '<img src=x onerror=alert(1)>' });
    await user.upload(screen.getByLabelText('Import from a file'), jsonFile(documentOf([sneaky])));
    const preview = await screen.findByRole('region', { name: /Import from/ });
    expect(within(preview).getByRole('heading', { level: 3 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(preview.querySelector('img')).toBeNull();
  });

  it('asks whether to replace or keep both when an imported id is taken', async () => {
    await saved(sampleRoutine());
    const { user } = renderPages('/my-routines');
    const incoming = sampleRoutine({ name: 'Morning back, new version' });
    await user.upload(screen.getByLabelText('Import from a file'), jsonFile(documentOf([incoming])));
    const question = await screen.findByRole('group', { name: /already have a routine with this id \(“Morning back”\)/ });
    expect(within(question).getByRole('radio', { name: /Keep both/ })).toBeChecked();
    await user.click(within(question).getByRole('radio', { name: /Replace my routine/ }));
    await user.click(screen.getByRole('button', { name: 'Import the routine' }));
    // The import is an IndexedDB transaction: its result is on screen once it is saved.
    expect(await screen.findByText('Imported “Morning back, new version”.')).toBeInTheDocument();
    expect(getCustomRoutines()).toEqual([incoming]);
  });

  it('keeps both routines by default when an imported id is taken', async () => {
    await saved(sampleRoutine());
    const { user } = renderPages('/my-routines');
    await user.upload(screen.getByLabelText('Import from a file'), jsonFile(documentOf([sampleRoutine({ name: 'Imported' })])));
    await user.click(await screen.findByRole('button', { name: 'Import the routine' }));
    // Saved in one IndexedDB transaction: the page says so once it is done.
    expect(await screen.findByText('Imported “Imported”.')).toBeInTheDocument();
    const routines = getCustomRoutines();
    expect(routines.map((routine) => routine.name)).toEqual(['Morning back', 'Imported']);
    expect(routines[1]!.id).not.toBe('my-morning-back');
  });
});
