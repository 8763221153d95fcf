import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPwaStatus, useOfferedUpdate } from '../../../src/features/pwa/pwa-status-store';
import {
  registerServiceWorkerAfterLoad,
  resetServiceWorkerRegistration,
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
  const registered = () => vi.waitFor(() => expect(workbox.register).toHaveBeenCalled());
  return { environment, workbox, registered };
}

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { value: state, configurable: true });
}

describe('registerServiceWorkerAfterLoad', () => {
  beforeEach(() => {
    resetPwaStatus();
    resetServiceWorkerRegistration();
    // jsdom has no service workers; the registration only checks that the API exists.
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    setReadyState('complete');
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    Reflect.deleteProperty(document, 'readyState');
  });

  it('waits for the page to finish loading before fetching the registration code', async () => {
    setReadyState('loading');
    const { environment, registered } = fakeEnvironment();
    registerServiceWorkerAfterLoad(environment);
    expect(environment.createWorkbox).not.toHaveBeenCalled();

    window.dispatchEvent(new Event('load'));

    await registered();
    expect(environment.createWorkbox).toHaveBeenCalledTimes(1);
  });

  it('registers once, however often the app mounts', async () => {
    const { environment, registered } = fakeEnvironment();
    registerServiceWorkerAfterLoad(environment);
    registerServiceWorkerAfterLoad(environment);
    await registered();
    expect(environment.createWorkbox).toHaveBeenCalledTimes(1);
  });

  it('does nothing in a browser without service workers', () => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    const { environment } = fakeEnvironment();
    registerServiceWorkerAfterLoad(environment);
    expect(environment.createWorkbox).not.toHaveBeenCalled();
  });

  it('offers a waiting version, which takes over only when the user accepts it', async () => {
    const { environment, workbox, registered } = fakeEnvironment();
    const offered = renderHook(() => useOfferedUpdate());
    registerServiceWorkerAfterLoad(environment);
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
    registerServiceWorkerAfterLoad(environment);
    await registered();
    workbox.fire('controlling', { isUpdate: true });
    expect(environment.reloadPage).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the very first worker takes control', async () => {
    const { environment, workbox, registered } = fakeEnvironment(paths.exercises());
    registerServiceWorkerAfterLoad(environment);
    await registered();
    workbox.fire('controlling', { isUpdate: false });
    expect(environment.reloadPage).not.toHaveBeenCalled();
  });

  it('never reloads the player mid-workout: it offers the reload for later instead', async () => {
    const { environment, workbox, registered } = fakeEnvironment(paths.player('gentle-start'));
    const offered = renderHook(() => useOfferedUpdate());
    registerServiceWorkerAfterLoad(environment);
    await registered();

    workbox.fire('controlling', { isUpdate: true });

    expect(environment.reloadPage).not.toHaveBeenCalled();
    expect(offered.result.current?.kind).toBe('activated');
  });
});
