import { useEffect, useRef } from 'react';

/**
 * A heading that /settings#its-id scrolls to and focuses (History links to these panels). The
 * settings page is a lazy route, so the browser's own jump to the fragment comes before the
 * heading exists; this does it once the panel is there.
 */
export function useHashTarget<T extends HTMLElement>(id: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (window.location.hash !== `#${id}`) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [id]);
  return ref;
}
