import { Suspense, useRef } from 'react';
import { lazyWithTexts } from '../../shared/i18n/lazy-with-texts';
import { PageLoading } from '../../shared/ui/page-loading';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { FirstVisitNote } from './first-visit-note';
import { ResumeWorkout } from './resume-workout';
import './home-page.css';
import { useT } from '../../shared/i18n/use-translation';

// The heading, "Resume workout" and the first-visit note are small and paint at once, with the
// first load; the routine list needs the catalog and the engine and comes in its own chunk.
// Nothing lazy sits above something eager, so nothing jumps when the list arrives.
const RoutinePicker = lazyWithTexts(() => import('./routine-picker'));

export function HomePage() {
  usePageTitle('');
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="page home-page">
      {/* Focusable so that focus has somewhere to go when the first-visit note is dismissed. */}
      <h1 ref={headingRef} tabIndex={-1}>
        {t('shell.home.heading')}
      </h1>
      <ResumeWorkout />
      <FirstVisitNote onDismissed={() => headingRef.current?.focus()} />
      <Suspense fallback={<PageLoading />}>
        <RoutinePicker />
      </Suspense>
    </section>
  );
}
