import { useEffect, useId, useRef, useState } from 'react';
import type { Routine } from '../../catalog/schema';
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
      setFeedback('Link copied. Paste it into a message.');
    } catch {
      inputRef.current?.focus();
      selectLink();
      setFeedback('Copying was not allowed here. The link is selected: copy it with Ctrl+C (⌘C), or long-press it and choose Copy.');
    }
  };

  const shared = async (link: string) => {
    try {
      await navigator.share({ title: routine.name, text: `${routine.name}: a back workout for Upright`, url: link });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFeedback('Sharing did not work here; copy the link instead.');
    }
  };

  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <section className="share-link-panel" aria-label={`Share ${routine.name}`}>
      {state.status === 'making' && <p role="status">Making the link…</p>}
      {state.status === 'failed' && <p role="alert">This browser cannot make share links (it lacks compression support). Export the routine as a file instead.</p>}
      {state.status === 'ready' && (
        <>
          <label htmlFor={inputId}>Share link for {routine.name}</label>
          <input id={inputId} ref={inputRef} className="share-link-input" type="text" readOnly value={state.link} onFocus={selectLink} />
          <p className="share-link-note">Anyone with the link can open this routine. It is not stored on any server: the routine travels inside the link.</p>
          <div className="share-link-actions">
            <button type="button" className="primary" onClick={() => void copied(state.link)}>
              Copy link
            </button>
            {canShare && (
              <button type="button" onClick={() => void shared(state.link)}>
                Share…
              </button>
            )}
            {onClose && (
              <button type="button" onClick={onClose}>
                Close
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
