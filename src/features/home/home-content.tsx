import { FirstVisitNote } from './first-visit-note';
import { ResumeWorkout } from './resume-workout';
import { RoutinePicker } from './routine-picker';

interface HomeContentProps {
  readonly onNoteDismissed: () => void;
}

/**
 * Everything on the home page below its heading, loaded lazily by home-page.tsx. The routine
 * list needs the catalog and the engine, and the remembered first-visit note needs the validated
 * persistence layer (valibot): together far too big for the first-load budget
 * (scripts/bundle-budget.mjs; measured: the note alone added 4.1 kB gzipped to the first load,
 * "Resume workout" 0.8 kB). One chunk, so everything appears together, without a jump.
 */
export default function HomeContent({ onNoteDismissed }: HomeContentProps) {
  return (
    <>
      <ResumeWorkout />
      <FirstVisitNote onDismissed={onNoteDismissed} />
      <RoutinePicker />
    </>
  );
}
