import { Suspense, useEffect } from 'react';
import { lazyWithTexts } from '../../shared/i18n/lazy-with-texts';
import { listenForInstallPrompt } from './listen-for-install-prompt';
import { useOfferedUpdate } from './pwa-status-store';
import { registerServiceWorkerAfterLoad } from './register-service-worker-after-load';

// Rendered only once an update is offered, which needs the registration code, and that loads after
// the page has (its chunk is fetched with it, see register-service-worker-after-load.ts).
const UpdatePrompt = lazyWithTexts(() => import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })));

/** Offline support and installation: starts the service worker and shows the update offer. */
export function PwaSupport() {
  const updateOffered = useOfferedUpdate() !== null;
  useEffect(() => {
    // The dev server serves no service worker (and caching would hide edits).
    if (import.meta.env.PROD) registerServiceWorkerAfterLoad();
    // Early, with the first render: Chromium fires beforeinstallprompt once, soon after load.
    return listenForInstallPrompt();
  }, []);
  if (!updateOffered) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  );
}
