import { lazy, Suspense, useRef } from 'react';
import { PageLoading } from '../../shared/ui/page-loading';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { FirstVisitNote } from './first-visit-note';
import { ResumeWorkout } from './resume-workout';
import './home-page.css';

// The heading, "Resume workout" and the first-visit note are small and paint at once, with the
// first load; the routine list needs the catalog and the engine and comes in its own chunk.
// Nothing lazy sits above something eager, so nothing jumps when the list arrives.
const RoutinePicker = lazy(() => import('./routine-picker'));

export function HomePage() {
  usePageTitle('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="page home-page">
      {/* Focusable so that focus has somewhere to go when the first-visit note is dismissed. */}
      <h1 ref={headingRef} tabIndex={-1}>
        Choose a workout
      </h1>
      <ResumeWorkout />
      <FirstVisitNote onDismissed={() => headingRef.current?.focus()} />
      <Suspense fallback={<PageLoading />}>
        <RoutinePicker />
      </Suspense>
    </section>
  );
}
