import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Exercise } from '../../catalog/schema';
import type { PlanExerciseOutline } from '../../engine/types';
import { prescriptionText } from '../../shared/i18n/engine-text';
import { formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import type { MessageKey } from '../../shared/i18n/i18n';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import type { DraftItem } from '../../stores/routine-drafts-store';
import { BuilderField } from './builder-field';
import { itemFieldKey, type FieldErrors } from './check-draft';
import { numberFieldsFor, sidesApply } from './item-fields';

export type ItemMove = 'up' | 'down';

interface RoutineItemEditorProps {
  readonly item: DraftItem;
  readonly index: number;
  readonly count: number;
  readonly exercise: Exercise | undefined;
  readonly outline: PlanExerciseOutline | undefined;
  readonly errors: FieldErrors;
  readonly defaultRestSeconds: number;
  readonly dragging: boolean;
  /** While dragging: the dragged item would land before or after this one. */
  readonly dropTarget: 'before' | 'after' | null;
  readonly onChange: (change: Partial<DraftItem>) => void;
  readonly onMove: (direction: ItemMove) => void;
  readonly onRemove: () => void;
  readonly onDragStart: (event: ReactPointerEvent<HTMLElement>) => void;
}

const sideOptions: readonly { readonly value: DraftItem['sides']; readonly label: MessageKey }[] = [
  { value: 'both', label: 'manage.builder.bothSides' },
  { value: 'right', label: 'manage.builder.rightSideOnly' },
  { value: 'left', label: 'manage.builder.leftSideOnly' },
];

/** One exercise of the routine: only the settings that apply to it, each with its default. */
export function RoutineItemEditor(props: RoutineItemEditorProps) {
  const { item, index, count, exercise, outline, errors, defaultRestSeconds, dragging, dropTarget, onChange, onMove, onRemove, onDragStart } = props;
  const name = exercise?.name ?? item.exerciseId;
  const itemError = errors.get(item.key);
  const itemErrorId = `${item.key}-error`;
  const sidesKey = itemFieldKey(item.key, 'sides');
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  return (
    <li className={`builder-item${dragging ? ' is-dragging' : ''}${dropTarget ? ` drop-${dropTarget}` : ''}`} data-item-key={item.key}>
      <fieldset aria-describedby={itemError ? itemErrorId : undefined}>
        <legend>
          {index + 1}. {name}
        </legend>
        <span className="drag-handle" aria-hidden="true" title={t('manage.builder.dragToReorder')} onPointerDown={onDragStart}>
          ⠿
        </span>
        {outline && (
          <p className="item-summary">
            {prescriptionText(outline.prescription, t, language, catalog)} · {formatDuration(outline.durationMs, 'precise', language)}
          </p>
        )}
        {itemError && (
          <p id={itemErrorId} className="field-error">
            {itemError}
          </p>
        )}
        {exercise && (
          <div className="item-fields">
            {numberFieldsFor(exercise, defaultRestSeconds).map((spec) => (
              <BuilderField
                key={spec.field}
                id={itemFieldKey(item.key, spec.field)}
                label={spec.label}
                inputMode="decimal"
                value={item[spec.field]}
                placeholder={String(spec.defaultValue)}
                hint={spec.hint}
                error={errors.get(itemFieldKey(item.key, spec.field))}
                onChange={(value) => onChange({ [spec.field]: value })}
              />
            ))}
            {sidesApply(exercise) && (
              <div className="builder-field">
                <label htmlFor={sidesKey}>{t('manage.builder.sides')}</label>
                <select id={sidesKey} value={item.sides} onChange={(event) => onChange({ sides: event.target.value as DraftItem['sides'] })}>
                  {sideOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {t(option.label)}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
        )}
        <div className="item-actions">
          <button type="button" data-move="up" disabled={index === 0} onClick={() => onMove('up')}>
            {t('manage.builder.moveUp')} <span className="visually-hidden">{name}</span>
          </button>
          <button type="button" data-move="down" disabled={index === count - 1} onClick={() => onMove('down')}>
            {t('manage.builder.moveDown')} <span className="visually-hidden">{name}</span>
          </button>
          <button type="button" className="danger" onClick={onRemove}>
            {t('manage.builder.remove')} <span className="visually-hidden">{name}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}
