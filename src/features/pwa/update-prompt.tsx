import { useState } from 'react';
import { useLocation } from 'react-router';
import { isPlayerPath } from './is-player-path';
import { pwaActions, useOfferedUpdate } from './pwa-status-store';
import './update-prompt.css';
import { useT } from '../../shared/i18n/use-translation';

/**
 * "Update available — Reload". Never shown on the player: a reload there would end the workout,
 * so the offer waits until the user leaves it.
 */
export function UpdatePrompt() {
  const update = useOfferedUpdate();
  const { pathname } = useLocation();
  const [reloading, setReloading] = useState(false);
  const t = useT();
  if (update === null || isPlayerPath(pathname)) return null;

  const reload = () => {
    setReloading(true);
    // `waiting`: the new worker takes over, then the registration reloads the page.
    if (update.kind === 'waiting') void update.activate();
    else window.location.reload();
  };

  return (
    <section className="pwa-update notice" aria-label={t('app.update.label')}>
      <p role="status">{t('app.update.available')}</p>
      <div className="notice-actions">
        <button type="button" className="primary" onClick={reload} disabled={reloading}>
          {reloading ? t('app.update.reloading') : t('app.update.reload')}
        </button>
        <button type="button" onClick={pwaActions.updatePostponed} disabled={reloading}>
          {t('app.update.notNow')}
        </button>
      </div>
    </section>
  );
}
