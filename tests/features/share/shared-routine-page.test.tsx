import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createShareLink } from '../../../src/shared/routine-transfer/share-link-codec';
import { getCustomRoutines } from '../../../src/stores/custom-routines-store';
import { renderPages, resetBuilderStores } from '../builder/render-pages';
import { seedRoutines } from '../../stores/seed-user-data';
import { sampleRoutine } from '../../shared/routine-transfer/transfer-fixtures';

const sharedPathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

describe('the shared routine page', () => {
  beforeEach(resetBuilderStores);

  it('opens a link made by the Share button and saves the routine on this device', async () => {
    await seedRoutines(sampleRoutine());
    const sender = renderPages('/my-routines');
    await sender.user.click(screen.getByRole('button', { name: 'Share Morning back' }));
    const link = (await screen.findByLabelText('Share link for Morning back')) as HTMLInputElement;
    expect(link.value).toMatch(/\/shared#r=[A-Za-z0-9_-]+$/);
    sender.unmount();
    await resetBuilderStores(); // the receiver's device: nothing saved yet

    const { user } = renderPages(sharedPathOf(link.value));
    expect(await screen.findByRole('heading', { level: 2, name: 'Morning back' })).toBeInTheDocument();
    expect(screen.getByText(/Quadruped leg raise/).closest('li')).toHaveTextContent('30 s + 30 s per side');
    expect(screen.getByText(/Lower back · Beginner · \d+ min/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save to my routines' }));
    // Saved in an IndexedDB transaction: the page says so once it is done.
    expect(await screen.findByText(/Saved in/)).toHaveTextContent('Saved in My routines.');
    expect(getCustomRoutines()).toEqual([sampleRoutine()]);
  });

  it('starts an unsaved shared routine in the player with the routine handed over', async () => {
    const link = await createShareLink(sampleRoutine(), 'http://localhost');
    const { user } = renderPages(sharedPathOf(link));
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByTestId('player-path')).toHaveTextContent('/play/shared');
    expect(JSON.parse(screen.getByTestId('player-state').textContent ?? 'null')).toEqual({ routine: sampleRoutine() });
  });

  it('gives a saved copy its own id when the link reuses an id already taken', async () => {
    await seedRoutines(sampleRoutine({ name: 'Mine, different' }));
    const { user } = renderPages(sharedPathOf(await createShareLink(sampleRoutine(), 'http://localhost')));
    await user.click(await screen.findByRole('button', { name: 'Save to my routines' }));
    expect(await screen.findByRole('link', { name: 'My routines' })).toBeInTheDocument();
    const routines = getCustomRoutines();
    expect(routines.map((routine) => routine.name)).toEqual(['Mine, different', 'Morning back']);
    expect(routines[1]!.id).not.toBe('my-morning-back');
  });

  it('shows a clear error with a way home for a tampered link, not a blank page', async () => {
    const link = await createShareLink(sampleRoutine(), 'http://localhost');
    const { user } = renderPages(sharedPathOf(link).slice(0, -8));
    expect(await screen.findByRole('alert')).toHaveTextContent(/damaged or incomplete/);
    expect(screen.getByRole('heading', { level: 1, name: 'Shared routine' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the workouts' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a workout' })).toBeInTheDocument();
  });

  it('says so when the address carries no routine at all', async () => {
    renderPages('/shared');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link does not contain a routine.');
  });
});
