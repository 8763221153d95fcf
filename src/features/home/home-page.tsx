import { lazy, Suspense, useRef } from 'react';
import { PageLoading } from '../../shared/ui/page-loading';
import { usePageTitle } from '../../shared/ui/use-page-title';
import './home-page.css';

// Only the frame of the page is in the first load; see home-content.tsx for why the rest is lazy.
const HomeContent = lazy(() => import('./home-content'));

export function HomePage() {
  usePageTitle('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="page home-page">
      {/* Focusable so that focus has somewhere to go when the first-visit note is dismissed. */}
      <h1 ref={headingRef} tabIndex={-1}>
        Choose a workout
      </h1>
      <Suspense fallback={<PageLoading />}>
        <HomeContent onNoteDismissed={() => headingRef.current?.focus()} />
      </Suspense>
    </section>
  );
}
