import { Suspense, useRef } from 'react';
import { lazyWithTexts } from '../../shared/i18n/lazy-with-texts';
import { PageLoading } from '../../shared/ui/page-loading';
import { usePageTitle } from '../../shared/ui/use-page-title';
import './home-page.css';
import { useT } from '../../shared/i18n/use-translation';

// The heading paints at once, with the first load. The routine list needs the catalog and the
// engine and comes in its own chunk; "Resume workout" and the first-visit note come in theirs and
// are revealed with the list (one Suspense boundary), which took 1.2 kB gzipped out of the first
// load. Nothing lazy sits above something eager, so nothing jumps when they arrive.
const ResumeWorkout = lazyWithTexts(() => import('./resume-workout').then((module) => ({ default: module.ResumeWorkout })));
const FirstVisitNote = lazyWithTexts(() => import('./first-visit-note'));
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
      <Suspense fallback={<PageLoading />}>
        <ResumeWorkout />
        <FirstVisitNote onDismissed={() => headingRef.current?.focus()} />
        <RoutinePicker />
      </Suspense>
    </section>
  );
}
