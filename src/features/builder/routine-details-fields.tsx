import type { Level, RoutineRegion } from '../../catalog/schema';
import { levelLabels, levels, routineRegionLabels, routineRegions } from '../../shared/ui/catalog-labels';
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
  return (
    <fieldset className="builder-details">
      <legend>About this routine</legend>
      <BuilderField id="routine-name" label="Name" required value={draft.name} error={errors.get('name')} onChange={(name) => onChange((current) => ({ ...current, name }))} />
      <BuilderField
        id="routine-purpose"
        label="Purpose"
        required
        hint="What it is for, e.g. “A short break from sitting”."
        value={draft.purpose}
        error={errors.get('purpose')}
        onChange={(purpose) => onChange((current) => ({ ...current, purpose }))}
      />
      <div className="builder-field">
        <label htmlFor="routine-region">Region</label>
        <select id="routine-region" aria-describedby="routine-region-hint" value={draft.region} onChange={(event) => onChange((current) => ({ ...current, region: event.target.value as RoutineRegion }))}>
          {routineRegions.map((region) => (
            <option key={region} value={region}>
              {routineRegionLabels[region]}
            </option>
          ))}
        </select>
        <p id="routine-region-hint" className="field-hint">
          Follows the exercises you add (lower back, upper back or both) until you choose another.
        </p>
      </div>
      <div className="builder-field">
        <label htmlFor="routine-level">Level</label>
        <select id="routine-level" value={draft.level} onChange={(event) => onChange((current) => ({ ...current, level: event.target.value as Level }))}>
          {levels.map((level) => (
            <option key={level} value={level}>
              {levelLabels[level]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
