import { useEffect, useRef, useState } from 'react';
import type { Catalog } from '../../catalog/catalog-types';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { formatDuration } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import type { CollisionChoice, ImportEntry } from '../../shared/routine-transfer/import-collisions';
import { levelLabel, routineRegionLabel } from '../../shared/ui/catalog-labels';
import { useCustomRoutines } from '../../stores/custom-routines-store';

interface ImportPreviewProps {
  readonly fileName: string;
  readonly entries: readonly ImportEntry[];
  readonly onConfirm: (choices: ReadonlyMap<string, CollisionChoice>) => void;
  readonly onCancel: () => void;
}

/** Checked on import, so it compiles; the default settings time it. */
function durationOf(routine: Routine, catalog: Catalog, language: Language): string {
  const result = compile(routine, catalog);
  return result.ok ? formatDuration(result.plan.totalDurationMs, 'precise', language) : '';
}

/** What an import file holds, before anything is saved, with a choice for each id already taken. */
export function ImportPreview({ fileName, entries, onConfirm, onCancel }: ImportPreviewProps) {
  const customRoutines = useCustomRoutines();
  const [choices, setChoices] = useState<ReadonlyMap<string, CollisionChoice>>(new Map());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  useEffect(() => headingRef.current?.focus(), []);

  const count = entries.length;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        {t('manage.import.previewHeading', { file: fileName })}
      </h2>
      <p>{t('manage.import.previewIntro', { count })}</p>
      <ul>
        {entries.map(({ routine, collision }) => {
          const existing = customRoutines.find((candidate) => candidate.id === routine.id);
          const choice = choices.get(routine.id) ?? 'keep-both';
          return (
            <li key={routine.id}>
              <h3>{routine.name}</h3>
              <p>
                {t('manage.import.previewMeta', {
                  purpose: routine.purpose,
                  region: routineRegionLabel(t, routine.region),
                  level: levelLabel(t, routine.level),
                  duration: durationOf(routine, catalog, language),
                })}
              </p>
              <ol>
                {routine.items.map((item, index) => (
                  <li key={index}>{catalog.exercisesById.get(item.exerciseId)?.name ?? item.exerciseId}</li>
                ))}
              </ol>
              {collision === 'built-in' && <p>{t('manage.import.builtInId')}</p>}
              {collision === 'custom' && (
                <fieldset>
                  <legend>{existing ? t('manage.import.sameIdNamed', { name: existing.name }) : t('manage.import.sameId')}</legend>
                  {(['keep-both', 'replace'] as const).map((option) => (
                    <label key={option}>
                      <input
                        type="radio"
                        name={`collision-${routine.id}`}
                        value={option}
                        checked={choice === option}
                        onChange={() => setChoices((current) => new Map(current).set(routine.id, option))}
                      />
                      {t(option === 'keep-both' ? 'manage.import.keepBoth' : 'manage.import.replace')}
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
          {t('manage.import.confirm', { count })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('manage.import.cancel')}
        </button>
      </div>
    </section>
  );
}
