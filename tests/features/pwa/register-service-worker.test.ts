import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPwaStatus, useOfferedUpdate } from '../../../src/features/pwa/pwa-status-store';
import {
  registerServiceWorker,
  type ServiceWorkerEnvironment,
  type WorkboxLike,
} from '../../../src/features/pwa/register-service-worker';
import { paths } from '../../../src/shared/paths';

/** Stands in for workbox-window: the test fires the events a real service worker would cause. */
class FakeWorkbox implements WorkboxLike {
  readonly listeners = new Map<string, (event: { isUpdate?: boolean }) => void>();
  readonly register = vi.fn(() => Promise.resolve());
  readonly messageSkipWaiting = vi.fn();
  addEventListener(type: string, listener: (event: { isUpdate?: boolean }) => void): void {
    this.listeners.set(type, listener);
  }
  fire(type: 'waiting' | 'controlling', event: { isUpdate?: boolean } = {}): void {
    act(() => this.listeners.get(type)?.(event));
  }
}

function fakeEnvironment(pathname: string = paths.home()) {
  const workbox = new FakeWorkbox();
  const environment: ServiceWorkerEnvironment = {
    createWorkbox: vi.fn(() => Promise.resolve(workbox)),
    currentPathname: () => pathname,
    reloadPage: vi.fn(),
  };
  const registered = () => registerServiceWorker(environment);
  return { environment, workbox, registered };
}

// The load-event wait is tested in register-service-worker-after-load.test.ts; this is the code
// that runs after it.
describe('registerServiceWorker', () => {
  beforeEach(() => resetPwaStatus());

  it('offers a waiting version, which takes over only when the user accepts it', async () => {
    const { workbox, registered } = fakeEnvironment();
    const offered = renderHook(() => useOfferedUpdate());
    await registered();

    workbox.fire('waiting');
    expect(offered.result.current?.kind).toBe('waiting');
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();

    const update = offered.result.current;
    if (update?.kind === 'waiting') await update.activate();
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
  });

  it('reloads as soon as a new version takes over, when no workout is on screen', async () => {
    const { environment, workbox, registered } = fakeEnvironment(paths.exercises());
    await registered();
    workbox.fire('controlling', { isUpdate: true });
    expect(environment.reloadPage).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the very first worker takes control', async () => {
    const { environment, workbox, registered } = fakeEnvironment(paths.exercises());
    await registered();
    workbox.fire('controlling', { isUpdate: false });
    expect(environment.reloadPage).not.toHaveBeenCalled();
  });

  it('never reloads the player mid-workout: it offers the reload for later instead', async () => {
    const { environment, workbox, registered } = fakeEnvironment(paths.player('gentle-start'));
    const offered = renderHook(() => useOfferedUpdate());
    await registered();

    workbox.fire('controlling', { isUpdate: true });

    expect(environment.reloadPage).not.toHaveBeenCalled();
    expect(offered.result.current?.kind).toBe('activated');
  });
});
