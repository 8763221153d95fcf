import { pwaActions, type InstallPromptEvent } from './pwa-status-store';

/**
 * Keeps the browser's install offer for our own "Install app" button (preventDefault stops
 * Chromium's mini-infobar, which would cover the bottom of the screen). Returns the cleanup.
 */
export function listenForInstallPrompt(target: Window = window): () => void {
  const onBeforeInstallPrompt = (event: Event) => {
    event.preventDefault();
    pwaActions.installOffered(event as InstallPromptEvent);
  };
  const onInstalled = () => pwaActions.appInstalled();
  target.addEventListener('beforeinstallprompt', onBeforeInstallPrompt);
  target.addEventListener('appinstalled', onInstalled);
  return () => {
    target.removeEventListener('beforeinstallprompt', onBeforeInstallPrompt);
    target.removeEventListener('appinstalled', onInstalled);
  };
}
