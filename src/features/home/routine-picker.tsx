import { useCatalog } from '../../shared/i18n/use-catalog';
import { useCustomRoutines } from '../../stores/custom-routines-store';
import { BuiltInRoutines } from './built-in-routines';
import { CustomRoutinesSection } from './custom-routines-section';
import { useRoutineSummaries } from './use-routine-summaries';

/**
 * The routines to pick from, loaded lazily by home-page.tsx: the catalog and the engine are far
 * too big for the first load (scripts/bundle-budget.mjs). The user's own routines come first
 * when there are any: they made them to use them.
 */
export default function RoutinePicker() {
  const catalog = useCatalog();
  const customRoutines = useCustomRoutines();
  const customSummaries = useRoutineSummaries(customRoutines);
  const builtInSummaries = useRoutineSummaries(catalog.routines);
  const hasCustom = customSummaries.length > 0;
  return (
    <>
      {hasCustom && <CustomRoutinesSection summaries={customSummaries} />}
      <BuiltInRoutines summaries={builtInSummaries} />
      {!hasCustom && <CustomRoutinesSection summaries={customSummaries} />}
    </>
  );
}
