import type { Plan } from '../../engine/types';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

/** The live total from the engine, or a dash and what it takes to see one. */
export function RoutineTotal({ plan, itemCount }: { readonly plan: Plan | null; readonly itemCount: number }) {
  const t = useT();
  const language = useLanguage();
  if (plan) {
    return (
      <p className="builder-total">
        {t('manage.builder.totalTime')} <strong>{formatDuration(plan.totalDurationMs, 'precise', language)}</strong>
      </p>
    );
  }
  return (
    <p className="builder-total">
      {t('manage.builder.totalTime')} <strong aria-hidden="true">—</strong>
      <span className="visually-hidden"> {t('manage.builder.totalUnknown')}</span> {t(itemCount === 0 ? 'manage.builder.totalNeedsExercise' : 'manage.builder.totalNeedsFixes')}
    </p>
  );
}
