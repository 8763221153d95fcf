import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { InstallAppButton } from '../../../src/features/pwa/install-app-button';
import { pwaActions, resetPwaStatus } from '../../../src/features/pwa/pwa-status-store';
import { PwaSupport } from '../../../src/features/pwa/pwa-support';
import { paths } from '../../../src/shared/paths';

// The update prompt is loaded lazily (it is not in the first load): it must still appear when an
// update is offered.
describe('PwaSupport', () => {
  beforeEach(() => resetPwaStatus());

  it('shows nothing while there is no update', () => {
    render(
      <MemoryRouter initialEntries={[paths.home()]}>
        <PwaSupport />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('region', { name: 'App update' })).not.toBeInTheDocument();
  });

  it('offers the reload once a new version is waiting', async () => {
    render(
      <MemoryRouter initialEntries={[paths.home()]}>
        <PwaSupport />
      </MemoryRouter>,
    );
    act(() => pwaActions.updateWaiting(() => Promise.resolve()));
    expect(await screen.findByRole('region', { name: 'App update' })).toHaveTextContent('Update available');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });

  it('catches the browser’s install offer from the first render on, for the Install app button', () => {
    render(
      <MemoryRouter initialEntries={[paths.home()]}>
        <InstallAppButton />
        <PwaSupport />
      </MemoryRouter>,
    );
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: () => Promise.resolve() });
    act(() => {
      window.dispatchEvent(event);
    });
    // Our button instead of Chromium's own mini-infobar.
    expect(event.defaultPrevented).toBe(true);
    expect(screen.getByRole('button', { name: 'Install app' })).toBeInTheDocument();
  });
});
