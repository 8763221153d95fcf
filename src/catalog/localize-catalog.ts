/**
 * Builds the catalog in the app's shape (schema.ts) for one language: the structure of data/*.json
 * with the words of data/locales/<language>/*.json merged in by id. The same function serves the
 * app (English at load, other languages when their texts arrive) and the build-time check, which
 * passes a checking reader, so what is checked is exactly what the app shows.
 *
 * Type-only imports of the schemas: no valibot reaches the browser through this module.
 */
import type { Catalog } from './catalog-types';
import type { PathKey } from './issue-path';
import type { CatalogTexts } from './locale-schema';
import type { Equipment, Exercise, Prescription, Routine, SourcedNumber, Sport } from './schema';
import type { CatalogStructure, ExerciseStructure, PrescriptionStructure, RoutineStructure, SourcedStructure, SportStructure } from './structure-schema';
import { textReader, type TextReader } from './text-reader';

/** The catalog in `texts`' language; see the module comment. */
export function localizeCatalog(structure: CatalogStructure, texts: CatalogTexts): Catalog {
  return localizeWith(structure, textReader(texts));
}

export function localizeWith(structure: CatalogStructure, reader: TextReader): Catalog {
  const exercises = structure.exercises.exercises.map((item) => localizeExercise(item, reader));
  const routines = structure.routines.routines.map((item) => localizeRoutine(item, reader));
  const sports = structure.sports.sports.map((item) => localizeSport(item, reader));
  return { exercises, routines, sports, exercisesById: byId(exercises), routinesById: byId(routines), sportsById: byId(sports) };
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> => new Map(items.map((item) => [item.id, item]));

/** `{ key: value }` when the value exists, `{}` otherwise: optional fields stay absent, not undefined. */
const present = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

function localizeNumber(number: SourcedStructure, reader: TextReader, path: readonly PathKey[]): SourcedNumber {
  return {
    ...number,
    ...present('note', reader.optional('exercises', [...path, 'note'])),
    ...(number.quote === undefined ? {} : present('quoteMeaning', reader.optional('exercises', [...path, 'quoteMeaning']))),
  };
}

function localizeExercise(exercise: ExerciseStructure, reader: TextReader): Exercise {
  const at = (...keys: PathKey[]): PathKey[] => ['exercises', exercise.id, ...keys];
  const text = (...keys: PathKey[]) => reader.text('exercises', at(...keys));
  const equipment = exercise.equipment.map((piece): Equipment => ({
    id: piece.id,
    name: reader.text('exercises', ['equipment', piece.id]),
    optional: piece.optional,
    ...present('detail', reader.optional('exercises', at('equipmentDetails', piece.id))),
  }));
  return {
    id: exercise.id,
    name: text('name'),
    articleName: text('articleName'),
    region: exercise.region,
    level: exercise.level,
    summary: text('summary'),
    muscles: exercise.muscles.map((id) => ({ id, name: reader.text('exercises', ['muscles', id]), ...present('articleTerm', reader.optional('exercises', at('muscleTerms', id))) })),
    equipment,
    setup: reader.list('exercises', at('setup')),
    cues: reader.list('exercises', at('cues')),
    cautions: exercise.cautions.map((id) => reader.text('exercises', ['cautions', id])),
    cautionIds: [...exercise.cautions],
    ...present('facts', exercise.facts?.map((fact) => ({ id: fact.id, label: text('facts', fact.id, 'label'), value: localizeNumber(fact.value, reader, at('facts', fact.id, 'value')), unit: fact.unit }))),
    prescription: localizePrescription(exercise.prescription, reader, at('prescription')),
  };
}

function localizePrescription(prescription: PrescriptionStructure, reader: TextReader, base: readonly PathKey[]): Prescription {
  const at = (...keys: PathKey[]): PathKey[] => [...base, ...keys];
  const number = (value: SourcedStructure, ...keys: PathKey[]) => localizeNumber(value, reader, at(...keys));
  const labelled = reader.optional('exercises', at('sideLabels', 'right')) !== undefined || reader.optional('exercises', at('sideLabels', 'left')) !== undefined;
  const common = {
    sides: prescription.sides,
    ...present('firstSide', prescription.firstSide),
    ...(labelled ? { sideLabels: { right: reader.text('exercises', at('sideLabels', 'right')), left: reader.text('exercises', at('sideLabels', 'left')) } } : {}),
    ...(prescription.switch ? { switch: { seconds: number(prescription.switch.seconds, 'switch', 'seconds'), cue: reader.text('exercises', at('switch', 'cue')) } } : {}),
    sets: number(prescription.sets, 'sets'),
    restBetweenSetsSeconds: number(prescription.restBetweenSetsSeconds, 'restBetweenSetsSeconds'),
  };
  switch (prescription.kind) {
    case 'timed':
      return {
        kind: 'timed',
        ...common,
        parts: prescription.parts.map((part, index) => ({
          role: part.role,
          name: reader.text('exercises', at('parts', index, 'name')),
          seconds: number(part.seconds, 'parts', index, 'seconds'),
          cues: reader.list('exercises', at('parts', index, 'cues')),
        })),
      };
    case 'reps':
      return {
        kind: 'reps',
        ...common,
        reps: number(prescription.reps, 'reps'),
        phases: prescription.phases.map((phase, index) => ({
          role: phase.role,
          name: reader.text('exercises', at('phases', index, 'name')),
          seconds: number(phase.seconds, 'phases', index, 'seconds'),
          cue: reader.text('exercises', at('phases', index, 'cue')),
        })),
      };
    case 'max-hold':
      return {
        kind: 'max-hold',
        ...common,
        targetSeconds: number(prescription.targetSeconds, 'targetSeconds'),
        capSeconds: number(prescription.capSeconds, 'capSeconds'),
        cues: reader.list('exercises', at('cues')),
      };
  }
}

function localizeRoutine(routine: RoutineStructure, reader: TextReader): Routine {
  const at = (key: string): PathKey[] => ['routines', routine.id, key];
  return {
    id: routine.id,
    name: reader.text('routines', at('name')),
    purpose: reader.text('routines', at('purpose')),
    region: routine.region,
    level: routine.level,
    ...present('notes', reader.optionalList('routines', at('notes'))),
    items: routine.items,
  };
}

function localizeSport(sport: SportStructure, reader: TextReader): Sport {
  const at = (...keys: PathKey[]): PathKey[] => ['sports', sport.id, ...keys];
  return {
    id: sport.id,
    name: reader.text('sports', at('name')),
    articleName: reader.text('sports', at('articleName')),
    benefits: reader.list('sports', at('benefits')),
    cautions: sport.cautions.map((id) => reader.text('sports', ['cautions', id])),
    cautionIds: [...sport.cautions],
    ...present('avoidIf', reader.optionalList('sports', at('avoidIf'))),
    ...present('variants', sport.variants?.map((variant) => ({
      id: variant.id,
      name: reader.text('sports', at('variants', variant.id, 'name')),
      verdict: variant.verdict,
      reason: reader.text('sports', at('variants', variant.id, 'reason')),
    }))),
  };
}
