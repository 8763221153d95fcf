import { useRef, useState } from 'react';
import type { Routine } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { ShareLinkPanel } from '../../shared/routine-transfer/share-link-panel';

/**
 * Share opens the same link panel as My routines (made by src/shared/routine-transfer): the
 * routine travels inside the link's fragment, so no server ever sees it.
 */
export function ShareRoutine({ routine }: { readonly routine: Routine }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const shareButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The panel and its Close button are gone: give the focus back to what opened it.
    shareButton.current?.focus();
  };
  return (
    <>
      <button ref={shareButton} type="button" aria-expanded={open} onClick={() => setOpen((wasOpen) => !wasOpen)}>
        {t('browse.routine.share')}
      </button>
      {open && (
        <div className="routine-share-panel">
          <ShareLinkPanel routine={routine} onClose={close} />
        </div>
      )}
    </>
  );
}
