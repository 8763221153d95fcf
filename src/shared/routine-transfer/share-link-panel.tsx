import { useEffect, useId, useRef, useState } from 'react';
import type { Routine } from '../../catalog/schema';
import { useT } from '../i18n/use-translation';
import { createShareLink } from './share-link-codec';
import './share-link-panel.css';

interface ShareLinkPanelProps {
  readonly routine: Routine;
  readonly onClose?: () => void;
}

type LinkState = { readonly status: 'making' } | { readonly status: 'ready'; readonly link: string } | { readonly status: 'failed' };

/**
 * The share link of one routine, with Copy (and a fallback that selects the text when the
 * clipboard is refused) and the system share sheet where the browser has one.
 */
export function ShareLinkPanel({ routine, onClose }: ShareLinkPanelProps) {
  const [state, setState] = useState<LinkState>({ status: 'making' });
  const [feedback, setFeedback] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const t = useT();

  useEffect(() => {
    let current = true;
    createShareLink(routine, window.location.origin).then(
      (link) => current && setState({ status: 'ready', link }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [routine]);

  const selectLink = () => inputRef.current?.select();

  const copied = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setFeedback(t('manage.share.copied'));
    } catch {
      inputRef.current?.focus();
      selectLink();
      setFeedback(t('manage.share.copyRefused'));
    }
  };

  const shared = async (link: string) => {
    try {
      await navigator.share({ title: routine.name, text: t('manage.share.text', { name: routine.name }), url: link });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFeedback(t('manage.share.shareFailed'));
    }
  };

  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <section className="share-link-panel" aria-label={t('manage.share.label', { name: routine.name })}>
      {state.status === 'making' && <p role="status">{t('manage.share.making')}</p>}
      {state.status === 'failed' && <p role="alert">{t('manage.share.unsupported')}</p>}
      {state.status === 'ready' && (
        <>
          <label htmlFor={inputId}>{t('manage.share.linkLabel', { name: routine.name })}</label>
          <input id={inputId} ref={inputRef} className="share-link-input" type="text" readOnly value={state.link} onFocus={selectLink} />
          <p className="share-link-note">{t('manage.share.note')}</p>
          <div className="share-link-actions">
            <button type="button" className="primary" onClick={() => void copied(state.link)}>
              {t('manage.share.copy')}
            </button>
            {canShare && (
              <button type="button" onClick={() => void shared(state.link)}>
                {t('manage.share.share')}
              </button>
            )}
            {onClose && (
              <button type="button" onClick={onClose}>
                {t('manage.share.close')}
              </button>
            )}
          </div>
        </>
      )}
      <p role="status" className="share-link-feedback">
        {feedback}
      </p>
    </section>
  );
}
