import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InstallAppButton } from '../../../src/features/pwa/install-app-button';
import { listenForInstallPrompt } from '../../../src/features/pwa/listen-for-install-prompt';
import { resetPwaStatus } from '../../../src/features/pwa/pwa-status-store';

/** What Chromium fires when the app can be installed. */
function offerInstallation(prompt = vi.fn(() => Promise.resolve())) {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt });
  act(() => {
    window.dispatchEvent(event);
  });
  return { event, prompt };
}

describe('InstallAppButton', () => {
  let stopListening: () => void = () => undefined;
  beforeEach(() => {
    resetPwaStatus();
    stopListening = listenForInstallPrompt();
  });
  afterEach(() => stopListening());

  it('is absent where the browser does not offer installation', () => {
    render(<InstallAppButton />);
    expect(screen.queryByRole('button', { name: 'Install app' })).not.toBeInTheDocument();
  });

  it('appears when the browser offers installation, instead of the browser’s own banner', () => {
    render(<InstallAppButton />);
    const { event } = offerInstallation();
    expect(event.defaultPrevented).toBe(true);
    expect(screen.getByRole('button', { name: 'Install app' })).toBeInTheDocument();
  });

  it('opens the browser’s install dialog once, then goes away', async () => {
    render(<InstallAppButton />);
    const { prompt } = offerInstallation();

    await userEvent.click(screen.getByRole('button', { name: 'Install app' }));

    expect(prompt).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Install app' })).not.toBeInTheDocument();
  });

  it('goes away once the app is installed by other means', () => {
    render(<InstallAppButton />);
    offerInstallation();
    act(() => {
      window.dispatchEvent(new Event('appinstalled'));
    });
    expect(screen.queryByRole('button', { name: 'Install app' })).not.toBeInTheDocument();
  });
});
