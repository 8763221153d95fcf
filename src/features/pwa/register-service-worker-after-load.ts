/**
 * The part of offline support that is in the first load: it only waits for the load event. The
 * registration code (workbox-window's wrapper, the Trusted Types policy, the update handling) and
 * the update prompt come in their own chunks after that, which took 0.3 kB gzipped (JS and CSS) out of the
 * first load (measured with `npm run budget`).
 */
export interface DeferredRegistration {
  registerServiceWorker: () => Promise<void>;
}

/**
 * The update prompt is fetched with the registration code, before any update can be offered: once a
 * new worker has taken over, the old build's chunks are gone from its cache and from the server.
 */
const loadRegistration = (): Promise<DeferredRegistration> =>
  import('./update-prompt').then(() => import('./register-service-worker'));

let started = false;

/** Registers the service worker once, after the page has loaded, so it never slows the first paint. */
export function registerServiceWorkerAfterLoad(load: () => Promise<DeferredRegistration> = loadRegistration): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  const start = () =>
    void load()
      .then(({ registerServiceWorker }) => registerServiceWorker())
      .catch((error: unknown) => console.warn('Upright could not set up offline use', error));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** For tests: forget that registration already ran. */
export function resetServiceWorkerRegistration(): void {
  started = false;
}
