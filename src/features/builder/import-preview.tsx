import { useEffect, useRef, useState } from 'react';
import { catalog } from '../../catalog/catalog';
import { compile } from '../../engine/compile';
import { formatMinutesSeconds } from '../../shared/ui/duration-text';
import type { Routine } from '../../catalog/schema';
import type { CollisionChoice, ImportEntry } from '../../shared/routine-transfer/import-collisions';
import { levelLabels, routineRegionLabels } from '../../shared/ui/catalog-labels';
import { useCustomRoutines } from '../../stores/custom-routines-store';

interface ImportPreviewProps {
  readonly fileName: string;
  readonly entries: readonly ImportEntry[];
  readonly onConfirm: (choices: ReadonlyMap<string, CollisionChoice>) => void;
  readonly onCancel: () => void;
}

/** Checked on import, so it compiles; the default settings time it. */
function durationOf(routine: Routine): string {
  const result = compile(routine, catalog);
  return result.ok ? formatMinutesSeconds(result.plan.totalDurationMs) : '';
}

/** What an import file holds, before anything is saved, with a choice for each id already taken. */
export function ImportPreview({ fileName, entries, onConfirm, onCancel }: ImportPreviewProps) {
  const customRoutines = useCustomRoutines();
  const [choices, setChoices] = useState<ReadonlyMap<string, CollisionChoice>>(new Map());
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const count = entries.length;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        Import from {fileName}
      </h2>
      <p>{count === 1 ? 'This file holds one routine.' : `This file holds ${count} routines.`} Nothing is saved until you choose Import.</p>
      <ul>
        {entries.map(({ routine, collision }) => {
          const existing = customRoutines.find((candidate) => candidate.id === routine.id);
          const choice = choices.get(routine.id) ?? 'keep-both';
          return (
            <li key={routine.id}>
              <h3>{routine.name}</h3>
              <p>
                {routine.purpose} ({routineRegionLabels[routine.region]}, {levelLabels[routine.level]}, {durationOf(routine)})
              </p>
              <ol>
                {routine.items.map((item, index) => (
                  <li key={index}>{catalog.exercisesById.get(item.exerciseId)?.name ?? item.exerciseId}</li>
                ))}
              </ol>
              {collision === 'built-in' && <p>Its id belongs to a built-in routine (or to the app), so it will be saved under an id of its own.</p>}
              {collision === 'custom' && (
                <fieldset>
                  <legend>You already have a routine with this id{existing ? ` (“${existing.name}”)` : ''}. What should happen?</legend>
                  {(['keep-both', 'replace'] as const).map((option) => (
                    <label key={option}>
                      <input
                        type="radio"
                        name={`collision-${routine.id}`}
                        value={option}
                        checked={choice === option}
                        onChange={() => setChoices((current) => new Map(current).set(routine.id, option))}
                      />
                      {option === 'keep-both' ? 'Keep both (the imported one gets its own id)' : 'Replace my routine with the imported one'}
                    </label>
                  ))}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
      <div className="routine-row-actions">
        <button type="button" className="primary" onClick={() => onConfirm(choices)}>
          {count === 1 ? 'Import the routine' : `Import ${count} routines`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel import
        </button>
      </div>
    </section>
  );
}
