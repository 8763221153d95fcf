import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HomePage } from '../../../src/features/home/home-page';
import { FIRST_VISIT_STORAGE_KEY, resetFirstVisitStore } from '../../../src/stores/first-visit-store';

const renderHome = (Page: typeof HomePage = HomePage) =>
  render(
    <MemoryRouter>
      <Page />
    </MemoryRouter>,
  );

afterEach(() => resetFirstVisitStore());

describe('the first-visit note', () => {
  // The note is a lazy part of Home, revealed with the routine list: React holds a Suspense
  // fallback at least 300 ms, and a first import of the chunk can take longer on a busy machine.
  const lazyPart = { timeout: 5000 };

  it('tells a new user what Upright is and that it is not medical advice', async () => {
    renderHome();
    const note = await screen.findByRole('region', { name: 'Welcome to Upright' }, lazyPart);
    expect(note).toHaveTextContent('This is not medical advice.');
    expect(note).toHaveTextContent('Talk to your doctor before you start');
  });

  it('goes away when dismissed and hands the focus to the page heading', async () => {
    const user = userEvent.setup();
    renderHome();
    await user.click(await screen.findByRole('button', { name: 'Got it, hide this note' }, lazyPart));
    expect(screen.queryByRole('region', { name: 'Welcome to Upright' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a workout' })).toHaveFocus();
  });

  it('stays dismissed on the next visit', async () => {
    const user = userEvent.setup();
    const { unmount } = renderHome();
    await user.click(await screen.findByRole('button', { name: 'Got it, hide this note' }, lazyPart));
    unmount();

    // A fresh start of the app: new modules, which read the choice back from storage.
    vi.resetModules();
    // The fresh modules include a fresh i18n layer: load its English texts, as the app's start does.
    await (await import('../../../src/shared/i18n/i18n')).activateLanguage('en');
    const { HomePage: FreshHomePage } = await import('../../../src/features/home/home-page');
    // The routine list is lazy and, after resetModules, its module graph (catalog, engine) is
    // loaded afresh: about 250 ms here, and past findByRole's 1 s default under load. Awaiting
    // that load here, with no deadline, leaves lazy() a module that is already in the cache.
    await import('../../../src/features/home/routine-picker');
    await import('../../../src/features/home/first-visit-note');
    renderHome(FreshHomePage);
    // What is left is React's fixed 300 ms throttle before it swaps a Suspense fallback for the
    // content (FALLBACK_THROTTLE_MS); 2 s leaves room for a late timer on a busy machine.
    expect(await screen.findByRole('region', { name: 'Routines from the article' }, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Welcome to Upright' })).not.toBeInTheDocument();
  });

  it('greets the user again rather than failing when the remembered choice is unreadable', async () => {
    localStorage.setItem(FIRST_VISIT_STORAGE_KEY, '{"state": {"noteDismissed": "yes, maybe"');
    vi.resetModules();
    await (await import('../../../src/shared/i18n/i18n')).activateLanguage('en');
    const { HomePage: FreshHomePage } = await import('../../../src/features/home/home-page');
    renderHome(FreshHomePage);
    expect(await screen.findByRole('region', { name: 'Welcome to Upright' }, lazyPart)).toBeInTheDocument();
  });
});
