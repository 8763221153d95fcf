import type { Exercise, Prescription, SourcedNumber } from '../../catalog/schema';

/** One number of an exercise with where it comes from: the article (quoted) or our default (explained). */
export interface SourcedFigure {
  readonly label: string;
  readonly valueText: string;
  readonly source: SourcedNumber['source'];
  readonly quote?: string;
  readonly note?: string;
}

const figure = (label: string, number: SourcedNumber, unit: string): SourcedFigure => ({
  label,
  valueText: unit ? `${number.value} ${unit}` : String(number.value),
  source: number.source,
  ...(number.quote ? { quote: number.quote } : {}),
  ...(number.note ? { note: number.note } : {}),
});

function kindFigures(prescription: Prescription, perSide: string): SourcedFigure[] {
  switch (prescription.kind) {
    case 'timed':
      return prescription.parts.map((part) => figure(`${part.name}${perSide}`, part.seconds, 's'));
    case 'reps':
      return [
        figure(`Repetitions${perSide}`, prescription.reps, ''),
        ...prescription.phases.map((phase) => figure(`${phase.name} (each repetition)`, phase.seconds, 's')),
      ];
    case 'max-hold':
      return [figure('First goal for the hold', prescription.targetSeconds, 's'), figure('The hold ends by itself after', prescription.capSeconds, 's')];
  }
}

/** Every number the exercise's timing is made of, then its facts (chair distance, weights), in reading order. */
export function sourcedFigures(exercise: Exercise): SourcedFigure[] {
  const prescription = exercise.prescription;
  const perSide = prescription.sides === 'bilateral' ? '' : ' (per side)';
  return [
    ...kindFigures(prescription, perSide),
    figure('Sets', prescription.sets, ''),
    figure('Rest between sets', prescription.restBetweenSetsSeconds, 's'),
    ...(prescription.switch ? [figure('Time to switch sides', prescription.switch.seconds, 's')] : []),
    ...(exercise.facts ?? []).map((fact) => figure(fact.label, fact.value, fact.unit)),
  ];
}
