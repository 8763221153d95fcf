import { useEffect, useRef } from 'react';
import type { Catalog } from '../../catalog/catalog-types';
import type { Routine } from '../../catalog/schema';
import type { Plan } from '../../engine/types';
import { durationWords } from './format-time';

interface PreStartScreenProps {
  readonly routine: Routine;
  readonly plan: Plan;
  readonly catalog: Pick<Catalog, 'exercisesById'>;
  readonly onStart: () => void;
}

/** Each piece of equipment once, with whether it is optional. */
function equipmentOf(routine: Routine, catalog: Pick<Catalog, 'exercisesById'>) {
  const byId = new Map<string, { name: string; optional: boolean; detail?: string }>();
  for (const item of routine.items) {
    for (const equipment of catalog.exercisesById.get(item.exerciseId)?.equipment ?? []) {
      const known = byId.get(equipment.id);
      byId.set(equipment.id, { name: equipment.name, detail: equipment.detail, optional: (known?.optional ?? true) && equipment.optional });
    }
  }
  return [...byId.values()];
}

/** Before starting: what the workout holds, how long it takes, what to have at hand. */
export function PreStartScreen({ routine, plan, catalog, onStart }: PreStartScreenProps) {
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => start.current?.focus(), []);
  const equipment = equipmentOf(routine, catalog);
  return (
    <div className="pre-start">
      <p className="pre-start-total">
        About <strong>{durationWords(plan.totalDurationMs)}</strong> · {plan.outline.length} exercise{plan.outline.length === 1 ? '' : 's'}
      </p>
      <h2>What you will do</h2>
      <ol className="outline-list">
        {plan.outline.map((item) => (
          <li key={item.itemIndex}>
            <span className="outline-name">{item.exerciseName}</span>
            <span className="outline-detail">
              {item.prescriptionText} · about {durationWords(item.durationMs)}
            </span>
          </li>
        ))}
      </ol>
      <h2>What you need</h2>
      {equipment.length === 0 ? (
        <p>A mat or a soft floor. No equipment.</p>
      ) : (
        <ul className="equipment-list">
          <li>A mat or a soft floor</li>
          {equipment.map((item) => (
            <li key={item.name}>
              {item.name}
              {item.detail ? ` (${item.detail})` : ''}
              {item.optional ? ', optional' : ''}
            </li>
          ))}
        </ul>
      )}
      <p className="pre-start-hint">Put the phone where you can see it from the mat. The voice and beeps tell you what to do.</p>
      <button type="button" ref={start} className="button primary start-button" onClick={onStart}>
        Start
      </button>
    </div>
  );
}
