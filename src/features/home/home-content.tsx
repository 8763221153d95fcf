import { FirstVisitNote } from './first-visit-note';
import { RoutinePicker } from './routine-picker';

interface HomeContentProps {
  readonly onNoteDismissed: () => void;
}

/**
 * Everything on the home page below its heading, loaded lazily by home-page.tsx. The routine
 * list needs the catalog and the engine, and the remembered first-visit note needs the validated
 * persistence layer (valibot): together far too big for the first-load budget
 * (scripts/bundle-budget.mjs). One chunk, so the note and the list appear together, without a jump.
 */
export default function HomeContent({ onNoteDismissed }: HomeContentProps) {
  return (
    <>
      <FirstVisitNote onDismissed={onNoteDismissed} />
      <RoutinePicker />
    </>
  );
}
