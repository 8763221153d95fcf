import type { Level, RoutineRegion } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { levelLabel, levels, routineRegionLabel, routineRegions } from '../../shared/ui/catalog-labels';
import type { RoutineDraft } from '../../stores/routine-drafts-store';
import { BuilderField } from './builder-field';
import type { FieldErrors } from './check-draft';

interface RoutineDetailsFieldsProps {
  readonly draft: RoutineDraft;
  readonly errors: FieldErrors;
  readonly onChange: (change: (draft: RoutineDraft) => RoutineDraft) => void;
}

/** Name, purpose, region and level of the routine. */
export function RoutineDetailsFields({ draft, errors, onChange }: RoutineDetailsFieldsProps) {
  const t = useT();
  return (
    <fieldset className="builder-details">
      <legend>{t('manage.builder.about')}</legend>
      <BuilderField id="routine-name" label={t('manage.builder.name')} required value={draft.name} error={errors.get('name')} onChange={(name) => onChange((current) => ({ ...current, name }))} />
      <BuilderField
        id="routine-purpose"
        label={t('manage.builder.purpose')}
        required
        hint={t('manage.builder.purposeHint')}
        value={draft.purpose}
        error={errors.get('purpose')}
        onChange={(purpose) => onChange((current) => ({ ...current, purpose }))}
      />
      <div className="builder-field">
        <label htmlFor="routine-region">{t('manage.builder.region')}</label>
        <select id="routine-region" aria-describedby="routine-region-hint" value={draft.region} onChange={(event) => onChange((current) => ({ ...current, region: event.target.value as RoutineRegion }))}>
          {routineRegions.map((region) => (
            <option key={region} value={region}>
              {routineRegionLabel(t, region)}
            </option>
          ))}
        </select>
        <p id="routine-region-hint" className="field-hint">
          {t('manage.builder.regionHint')}
        </p>
      </div>
      <div className="builder-field">
        <label htmlFor="routine-level">{t('manage.builder.level')}</label>
        <select id="routine-level" value={draft.level} onChange={(event) => onChange((current) => ({ ...current, level: event.target.value as Level }))}>
          {levels.map((level) => (
            <option key={level} value={level}>
              {levelLabel(t, level)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
