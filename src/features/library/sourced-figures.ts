import type { Exercise, Prescription, SourcedNumber } from '../../catalog/schema';
import { formatDuration, formatNumber } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/i18n';
import type { Language } from '../../shared/i18n/languages';

/** One number of an exercise with where it comes from: the article (quoted) or our default (explained). */
export interface SourcedFigure {
  readonly label: string;
  readonly valueText: string;
  readonly source: SourcedNumber['source'];
  /** The article's words, as the (English) source text has them. */
  readonly quote?: string;
  /** What the quote says, in the active language when that is not the source's. */
  readonly quoteMeaning?: string;
  readonly note?: string;
}

const figure = (label: string, number: SourcedNumber, valueText: string): SourcedFigure => ({
  label,
  valueText,
  source: number.source,
  ...(number.quote ? { quote: number.quote } : {}),
  ...(number.quote && number.quoteMeaning ? { quoteMeaning: number.quoteMeaning } : {}),
  ...(number.note ? { note: number.note } : {}),
});

/** Every number the exercise's timing is made of, then its facts (chair distance, weights), in reading order and the active language. */
export function sourcedFigures(exercise: Exercise, t: Translate, language: Language): SourcedFigure[] {
  const prescription = exercise.prescription;
  const seconds = (label: string, number: SourcedNumber) => figure(label, number, formatDuration(number.value * 1000, 'precise', language));
  const count = (label: string, number: SourcedNumber) => figure(label, number, formatNumber(number.value, language));
  const perSide = (label: string) => (prescription.sides === 'bilateral' ? label : t('browse.figures.perSide', { label }));
  return [
    ...kindFigures(prescription, t, perSide, seconds, count),
    count(t('browse.figures.sets'), prescription.sets),
    seconds(t('browse.figures.restBetweenSets'), prescription.restBetweenSetsSeconds),
    ...(prescription.switch ? [seconds(t('browse.figures.switchSides'), prescription.switch.seconds)] : []),
    ...(exercise.facts ?? []).map((fact) => figure(fact.label, fact.value, t('browse.figures.withUnit', { value: formatNumber(fact.value.value, language), unit: fact.unit }))),
  ];
}

type MakeFigure = (label: string, number: SourcedNumber) => SourcedFigure;

function kindFigures(prescription: Prescription, t: Translate, perSide: (label: string) => string, seconds: MakeFigure, count: MakeFigure): SourcedFigure[] {
  switch (prescription.kind) {
    case 'timed':
      return prescription.parts.map((part) => seconds(perSide(part.name), part.seconds));
    case 'reps':
      return [
        count(perSide(t('browse.figures.repetitions')), prescription.reps),
        ...prescription.phases.map((phase) => seconds(t('browse.figures.eachRepetition', { name: phase.name }), phase.seconds)),
      ];
    case 'max-hold':
      return [seconds(t('browse.figures.holdTarget'), prescription.targetSeconds), seconds(t('browse.figures.holdCap'), prescription.capSeconds)];
  }
}
