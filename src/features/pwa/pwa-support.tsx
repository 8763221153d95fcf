import { useEffect } from 'react';
import { listenForInstallPrompt } from './listen-for-install-prompt';
import { registerServiceWorkerAfterLoad } from './register-service-worker';
import { UpdatePrompt } from './update-prompt';

/** Offline support and installation: starts the service worker and shows the update offer. */
export function PwaSupport() {
  useEffect(() => {
    // The dev server serves no service worker (and caching would hide edits).
    if (import.meta.env.PROD) registerServiceWorkerAfterLoad();
    return listenForInstallPrompt();
  }, []);
  return <UpdatePrompt />;
}
