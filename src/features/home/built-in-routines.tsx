import { useMemo, memo } from 'react';
import { useSearchParams } from 'react-router';
import { ExerciseFigure } from '../../shared/figure/exercise-figure';
import type { Translate } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { NO_EQUIPMENT } from '../../shared/ui/equipment-choice';
import type { FilterChipOption } from '../../shared/ui/filter-chips';
import { RoutineCard, type RoutineSummary } from '../../shared/ui/routine-card';
import { emptyRoutineFilter, routineMatches, type RoutineFilter } from './routine-filter';
import { filterFromParams, paramsFromFilter } from './routine-filter-params';
import { RoutineFiltersPanel } from './routine-filters-panel';
import '../../shared/ui/browse-layout.css';

/** "No equipment" first, then every item some routine cannot do without (optional ones never filter). */
function equipmentOptionsOf(summaries: readonly RoutineSummary[], t: Translate): FilterChipOption<string>[] {
  const required = new Map<string, string>();
  for (const item of summaries.flatMap((summary) => summary.equipment)) {
    if (!item.optional) required.set(item.id, item.name);
  }
  return [{ value: NO_EQUIPMENT, label: t('browse.filter.noEquipment') }, ...[...required].map(([value, label]) => ({ value, label }))];
}

function resultCountText(t: Translate, shown: number, total: number): string {
  if (shown === 0) return t('browse.home.countNone');
  if (shown === total) return t('browse.home.countAll', { total });
  return t('browse.home.countSome', { shown, total });
}

/** The shipped routines with their filters; the filters live in the address (see routine-filter-params.ts). */
// Memoized: Home re-renders as the user's routines and the history load; these cards only change with their summaries.
export const BuiltInRoutines = memo(function BuiltInRoutines({ summaries }: { readonly summaries: readonly RoutineSummary[] }) {
  const t = useT();
  const catalog = useCatalog();
  const [params, setParams] = useSearchParams();
  const equipmentOptions = useMemo(() => equipmentOptionsOf(summaries, t), [summaries, t]);
  const filter = filterFromParams(
    params,
    equipmentOptions.map((option) => option.value),
  );
  const changeFilter = (next: RoutineFilter) => setParams(paramsFromFilter(next), { replace: true });
  const shown = summaries.filter((summary) => routineMatches(summary, filter));

  return (
    <section className="home-section" aria-labelledby="built-in-routines-title">
      <h2 id="built-in-routines-title">{t('browse.home.builtInTitle')}</h2>
      <RoutineFiltersPanel filter={filter} onChange={changeFilter} equipmentOptions={equipmentOptions} />
      <p className="result-count" role="status">
        {resultCountText(t, shown.length, summaries.length)}
      </p>
      {shown.length === 0 ? (
        <button type="button" className="primary" onClick={() => changeFilter(emptyRoutineFilter)}>
          {t('browse.home.showAll')}
        </button>
      ) : (
        <ul className="card-grid">
          {shown.map((summary) => (
            <li key={summary.id}>
              <RoutineCard
                summary={summary}
                detailHref={paths.routine(summary.id)}
                startHref={paths.player(summary.id)}
                thumbnail={<RoutineThumbnail exerciseId={catalog.routinesById.get(summary.id)?.items[0]?.exerciseId} />}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

/** The routine's first exercise, as its key pose. */
function RoutineThumbnail({ exerciseId }: { readonly exerciseId: string | undefined }) {
  return exerciseId ? <ExerciseFigure exerciseId={exerciseId} className="routine-card-figure" /> : null;
}
