import { useEffect } from 'react';

/** Sets the document title for a screen, so history, tabs and screen readers name it. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Upright` : 'Upright — back workouts';
  }, [title]);
}
