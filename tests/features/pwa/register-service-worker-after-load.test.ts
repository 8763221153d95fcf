import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  registerServiceWorkerAfterLoad,
  resetServiceWorkerRegistration,
} from '../../../src/features/pwa/register-service-worker-after-load';

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { value: state, configurable: true });
}

/** Stands in for the lazily loaded registration chunk. */
function fakeRegistrationChunk() {
  const registerServiceWorker = vi.fn(() => Promise.resolve());
  const load = vi.fn(() => Promise.resolve({ registerServiceWorker }));
  const registered = () => vi.waitFor(() => expect(registerServiceWorker).toHaveBeenCalled());
  return { load, registerServiceWorker, registered };
}

describe('registerServiceWorkerAfterLoad', () => {
  beforeEach(() => {
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
    const { load, registerServiceWorker, registered } = fakeRegistrationChunk();
    registerServiceWorkerAfterLoad(load);
    expect(load).not.toHaveBeenCalled();

    window.dispatchEvent(new Event('load'));

    await registered();
    expect(load).toHaveBeenCalledTimes(1);
    expect(registerServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('registers once, however often the app mounts', async () => {
    const { load, registerServiceWorker, registered } = fakeRegistrationChunk();
    registerServiceWorkerAfterLoad(load);
    registerServiceWorkerAfterLoad(load);
    await registered();
    expect(load).toHaveBeenCalledTimes(1);
    expect(registerServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('does nothing in a browser without service workers', () => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    const { load } = fakeRegistrationChunk();
    registerServiceWorkerAfterLoad(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps the app usable, with a warning, when the registration code cannot be fetched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerServiceWorkerAfterLoad(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Upright could not set up offline use', expect.any(TypeError)));
    warn.mockRestore();
  });
});
