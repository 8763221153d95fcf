/**
 * Which settings apply to a routine item, by the exercise's prescription: seconds for timed
 * exercises, reps for repetitions, a hold for exercises that hold, sides only where the
 * exercise works one side at a time. A field left empty means the exercise's own value (or, for
 * the rest after it, the user's settings): the default shows as the placeholder, and the hint
 * says in words what leaving the field empty does.
 */
import type { Exercise } from '../../catalog/schema';
import { isHoldRole } from '../../catalog/hold-phase';
import { formatNumber } from '../../shared/i18n/format';
import { currentLanguage, translate } from '../../shared/i18n/i18n';
import type { DraftItem } from '../../stores/routine-drafts-store';

export type NumberField = 'sets' | 'seconds' | 'reps' | 'holdSeconds' | 'restBetweenSetsSeconds' | 'restAfterSeconds';

export interface NumberFieldSpec {
  readonly field: NumberField & keyof DraftItem;
  readonly label: string;
  /** The value an empty field stands for, shown as the placeholder, e.g. "25". */
  readonly defaultValue: number;
  /** What leaving the field empty does, e.g. "Leave empty to use the exercise’s default (25 s)." */
  readonly hint: string;
}

/** "25 s" for seconds, "3" for counts, in the active language. */
function shown(value: number, unit: 's' | ''): string {
  const language = currentLanguage();
  return unit ? translate('duration.seconds', { seconds: formatNumber(value, language) }) : formatNumber(value, language);
}

function spec(field: NumberFieldSpec['field'], label: string, value: number, unit: 's' | ''): NumberFieldSpec {
  return { field, label, defaultValue: value, hint: translate('manage.builder.exerciseDefaultHint', { value: shown(value, unit) }) };
}

/** The phase `holdSeconds` changes, as the engine decides it. */
const holdPhase = (exercise: Exercise) => {
  const { prescription } = exercise;
  return prescription.kind === 'reps' ? prescription.phases.find((phase) => isHoldRole(phase.role)) : undefined;
};

function kindFields(exercise: Exercise): NumberFieldSpec[] {
  const { prescription } = exercise;
  switch (prescription.kind) {
    case 'timed': {
      const [first] = prescription.parts;
      const label = translate(prescription.parts.length > 1 ? 'manage.builder.secondsPerPart' : 'manage.builder.seconds');
      return first ? [spec('seconds', label, first.seconds.value, 's')] : [];
    }
    case 'reps': {
      const repsLabel = translate(prescription.sides === 'alternating' ? 'manage.builder.repsPerSide' : 'manage.builder.reps');
      const fields: NumberFieldSpec[] = [spec('reps', repsLabel, prescription.reps.value, '')];
      const hold = holdPhase(exercise);
      if (hold) fields.push(spec('holdSeconds', translate('manage.builder.holdSeconds'), hold.seconds.value, 's'));
      return fields;
    }
    case 'max-hold':
      return [spec('holdSeconds', translate('manage.builder.targetHoldSeconds'), prescription.targetSeconds.value, 's')];
  }
}

/** The number fields of an item, in the order shown. */
export function numberFieldsFor(exercise: Exercise, defaultRestSeconds: number): readonly NumberFieldSpec[] {
  const { prescription } = exercise;
  return [
    spec('sets', translate('manage.builder.sets'), prescription.sets.value, ''),
    ...kindFields(exercise),
    spec('restBetweenSetsSeconds', translate('manage.builder.restBetweenSets'), prescription.restBetweenSetsSeconds.value, 's'),
    {
      field: 'restAfterSeconds',
      label: translate('manage.builder.restAfter'),
      defaultValue: defaultRestSeconds,
      hint: translate('manage.builder.settingsRestHint', { value: shown(defaultRestSeconds, 's') }),
    },
  ];
}

/** Whether the user may choose both sides, the right only or the left only. */
export const sidesApply = (exercise: Exercise): boolean => exercise.prescription.sides !== 'bilateral';
