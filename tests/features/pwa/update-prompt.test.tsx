import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useNavigate } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/features/pwa/update-prompt';
import { pwaActions, resetPwaStatus } from '../../../src/features/pwa/pwa-status-store';
import { paths } from '../../../src/shared/paths';

function LeavePlayerButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => navigate(paths.home())}>
      Leave the workout
    </button>
  );
}

function renderAt(pathname: string) {
  return render(
    <MemoryRouter initialEntries={[pathname]}>
      <LeavePlayerButton />
      <UpdatePrompt />
    </MemoryRouter>,
  );
}

const updatePrompt = () => screen.queryByRole('region', { name: 'App update' });

describe('UpdatePrompt', () => {
  beforeEach(() => resetPwaStatus());

  it('says nothing while no new version is waiting', () => {
    renderAt(paths.home());
    expect(updatePrompt()).not.toBeInTheDocument();
  });

  it('offers a reload when a new version waits, and hands over to it when Reload is pressed', async () => {
    const activate = vi.fn(() => Promise.resolve());
    renderAt(paths.exercises());
    act(() => pwaActions.updateWaiting(activate));

    expect(screen.getByRole('status')).toHaveTextContent('Update available');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));

    expect(activate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();
  });

  it('holds the offer during a workout and shows it once the user leaves the player', async () => {
    renderAt(paths.player('gentle-start'));
    act(() => pwaActions.updateWaiting(() => Promise.resolve()));
    expect(updatePrompt()).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Leave the workout' }));

    expect(updatePrompt()).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });

  it('goes away on "Not now" and comes back when the next version arrives', async () => {
    renderAt(paths.home());
    act(() => pwaActions.updateWaiting(() => Promise.resolve()));

    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(updatePrompt()).not.toBeInTheDocument();

    act(() => pwaActions.updateWaiting(() => Promise.resolve()));
    expect(updatePrompt()).toBeInTheDocument();
  });

  it('also offers the reload when the new version already took over from another tab', () => {
    renderAt(paths.sports());
    act(() => pwaActions.updateActivated());
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
