import { pwaActions, useInstallPrompt } from './pwa-status-store';
import './pwa.css';
import { useT } from '../../shared/i18n/use-translation';

/** Shown only where the browser offers installation (it fired beforeinstallprompt). */
export function InstallAppButton() {
  const installPrompt = useInstallPrompt();
  const t = useT();
  if (installPrompt === null) return null;

  const install = () => {
    pwaActions.installPromptShown();
    void installPrompt.prompt().catch((error: unknown) => console.warn('The install prompt failed', error));
  };

  return (
    <button type="button" className="install-app-button" onClick={install}>
      {t('shell.install')}
    </button>
  );
}
