import { useEffect, useRef, type MouseEvent } from 'react';
import type { Catalog } from '../../catalog/catalog-types';
import type { Routine } from '../../catalog/schema';
import type { Plan } from '../../engine/types';
import { exerciseName, prescriptionText } from '../../shared/i18n/engine-text';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { formatDuration } from '../../shared/i18n/format';
import { durationWords } from './format-time';
import { plannedPrescription } from './planned-prescription';

interface PreStartScreenProps {
  readonly routine: Routine;
  readonly plan: Plan;
  readonly catalog: Pick<Catalog, 'exercisesById'>;
  /** Start's click (its button is the event's currentTarget). */
  readonly onStart: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** The catalog's mat: the list's first line ("A mat or a soft floor") names it for every workout. */
const MAT_ID = 'exercise-mat';

/** Each piece of equipment once, with whether it is optional; the mat not again. */
function equipmentOf(routine: Routine, catalog: Pick<Catalog, 'exercisesById'>) {
  const byId = new Map<string, { name: string; optional: boolean; detail?: string }>();
  for (const item of routine.items) {
    for (const equipment of catalog.exercisesById.get(item.exerciseId)?.equipment ?? []) {
      if (equipment.id === MAT_ID) continue;
      const known = byId.get(equipment.id);
      byId.set(equipment.id, { name: equipment.name, detail: equipment.detail, optional: (known?.optional ?? true) && equipment.optional });
    }
  }
  return [...byId.values()];
}

/** Before starting: what the workout holds, how long it takes, what to have at hand. */
export function PreStartScreen({ routine, plan, catalog, onStart }: PreStartScreenProps) {
  const t = useT();
  const language = useLanguage();
  const start = useRef<HTMLButtonElement>(null);
  // Without scrolling to it: the outline is read from its top (Start sits below it on a long routine).
  useEffect(() => start.current?.focus({ preventScroll: true }), []);
  const equipment = equipmentOf(routine, catalog);
  return (
    <div className="pre-start">
      <p className="pre-start-total">
        {t('player.prestart.about')} <strong>{durationWords(plan.totalDurationMs, language)}</strong> · {t('player.prestart.exercises', { count: plan.outline.length })}
      </p>
      <h2>{t('player.prestart.what')}</h2>
      <ol className="outline-list">
        {plan.outline.map((item) => (
          <li key={item.itemIndex}>
            <span className="outline-name">{exerciseName(item.exerciseId, catalog)}</span>
            <span className="outline-detail">
              {/* To the second, as on the routine's page: the exercises' times add up to the workout's (each rounded to minutes, they did not). */}
              {t('player.prestart.detail', { prescription: prescriptionText(plannedPrescription(plan, item), t, language, catalog), time: formatDuration(item.durationMs, 'precise', language) })}
            </span>
          </li>
        ))}
      </ol>
      <h2>{t('player.prestart.need')}</h2>
      {equipment.length === 0 ? (
        <p>{t('player.prestart.noEquipment')}</p>
      ) : (
        <ul className="equipment-list">
          <li>{t('player.prestart.mat')}</li>
          {equipment.map((item) => {
            const named = item.detail ? t('player.prestart.detailed', { name: item.name, detail: item.detail }) : item.name;
            return <li key={item.name}>{item.optional ? t('player.prestart.optional', { item: named }) : named}</li>;
          })}
        </ul>
      )}
      <p className="pre-start-hint">{t('player.prestart.hint')}</p>
      <button type="button" ref={start} className="button primary start-button" onClick={onStart}>
        {t('player.prestart.start')}
      </button>
    </div>
  );
}
