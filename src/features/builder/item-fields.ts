/**
 * Which settings apply to a routine item, by the exercise's prescription: seconds for timed
 * exercises, reps for repetitions, a hold for exercises that hold, sides only where the
 * exercise works one side at a time. Each field knows its default, shown as a hint, so an
 * empty field reads as "the exercise's own value".
 */
import type { Exercise } from '../../catalog/schema';
import { isHoldPhaseName } from '../../engine/effective-prescription';
import type { DraftItem } from '../../stores/routine-drafts-store';

export type NumberField = 'sets' | 'seconds' | 'reps' | 'holdSeconds' | 'restBetweenSetsSeconds' | 'restAfterSeconds';

export interface NumberFieldSpec {
  readonly field: NumberField & keyof DraftItem;
  readonly label: string;
  /** What an empty field means, e.g. "25 s"; null when it depends on the settings. */
  readonly defaultText: string;
}

/** The phase `holdSeconds` changes, as the engine decides it. */
const holdPhase = (exercise: Exercise) => {
  const { prescription } = exercise;
  return prescription.kind === 'reps' ? prescription.phases.find((phase) => isHoldPhaseName(phase.name)) : undefined;
};

function kindFields(exercise: Exercise): NumberFieldSpec[] {
  const { prescription } = exercise;
  switch (prescription.kind) {
    case 'timed': {
      const [first] = prescription.parts;
      const label = prescription.parts.length > 1 ? 'Seconds per part' : 'Seconds';
      return [{ field: 'seconds', label, defaultText: first ? `${first.seconds.value} s` : '' }];
    }
    case 'reps': {
      const perSide = prescription.sides === 'alternating' ? ' per side' : '';
      const fields: NumberFieldSpec[] = [{ field: 'reps', label: `Reps${perSide}`, defaultText: String(prescription.reps.value) }];
      const hold = holdPhase(exercise);
      if (hold) fields.push({ field: 'holdSeconds', label: 'Hold seconds', defaultText: `${hold.seconds.value} s (${hold.name.toLowerCase()})` });
      return fields;
    }
    case 'max-hold':
      return [{ field: 'holdSeconds', label: 'Target hold seconds', defaultText: `${prescription.targetSeconds.value} s` }];
  }
}

/** The number fields of an item, in the order shown. */
export function numberFieldsFor(exercise: Exercise, defaultRestSeconds: number): readonly NumberFieldSpec[] {
  const { prescription } = exercise;
  return [
    { field: 'sets', label: 'Sets', defaultText: String(prescription.sets.value) },
    ...kindFields(exercise),
    { field: 'restBetweenSetsSeconds', label: 'Rest between sets (seconds)', defaultText: `${prescription.restBetweenSetsSeconds.value} s` },
    { field: 'restAfterSeconds', label: 'Rest after (seconds)', defaultText: `${defaultRestSeconds} s, from your settings` },
  ];
}

/** Whether the user may choose both sides, the right only or the left only. */
export const sidesApply = (exercise: Exercise): boolean => exercise.prescription.sides !== 'bilateral';
