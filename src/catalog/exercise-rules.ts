/**
 * Rules for one exercise that the schema alone cannot express: how the sides are worked must
 * fit the prescription, a hold's cap must allow its target, names must tell steps apart, and
 * every number must say where it comes from.
 */
import { duplicateIndexes } from './duplicate-indexes';
import { problem, textProblem, type Problem } from './problem';
import { provenanceProblems } from './provenance-rules';
import type { Exercise, Prescription } from './schema';

export function exerciseProblems(exercise: Exercise): Problem[] {
  return [
    ...sidesProblems(exercise.prescription),
    ...holdProblems(exercise.prescription),
    ...stepNameProblems(exercise.prescription),
    ...stepRoleProblems(exercise.prescription),
    ...cautionIdProblems(exercise),
    ...duplicateEquipmentProblems(exercise),
    ...provenanceProblems(exercise),
  ];
}

function sidesProblems(prescription: Prescription): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string) => ['prescription', key];
  if (prescription.sides === 'per-side' && prescription.switch === undefined) {
    problems.push(problem(at('switch'), 'is missing: a per-side exercise needs a switch rule ({ seconds, cue }) between the sides'));
  }
  if (prescription.sides === 'alternating' && prescription.kind !== 'reps') {
    problems.push(problem(at('sides'), `'alternating' needs repetitions to alternate, but the kind is '${prescription.kind}': use kind 'reps'`));
  }
  if (prescription.sides === 'alternating' && prescription.switch !== undefined) {
    problems.push(problem(at('switch'), "is not used: 'alternating' changes sides every repetition; remove it or use 'per-side'"));
  }
  if (prescription.sides === 'bilateral') {
    for (const key of ['switch', 'firstSide', 'sideLabels'] as const) {
      if (prescription[key] !== undefined) problems.push((key === 'sideLabels' ? textProblem : problem)(at(key), "is not used: a 'bilateral' exercise works both sides at once; remove it"));
    }
  }
  return problems;
}

function holdProblems(prescription: Prescription): Problem[] {
  if (prescription.kind !== 'max-hold') return [];
  const { targetSeconds, capSeconds } = prescription;
  if (capSeconds.value > targetSeconds.value) return [];
  return [problem(['prescription', 'capSeconds', 'value'], `must be above the target of ${targetSeconds.value} s, or the hold ends before its goal (got ${capSeconds.value} s)`)];
}

function stepNameProblems(prescription: Prescription): Problem[] {
  if (prescription.kind === 'max-hold') return [];
  const listKey = prescription.kind === 'timed' ? 'parts' : 'phases';
  const names = prescription.kind === 'timed' ? prescription.parts.map((part) => part.name) : prescription.phases.map((phase) => phase.name);
  return duplicateIndexes(names.map((name) => name.toLowerCase())).map((index) =>
    textProblem(['prescription', listKey, index, 'name'], `"${names[index]}" is used twice: each ${listKey === 'parts' ? 'part' : 'phase'} needs its own name`),
  );
}

/** Logic asks a step's role (which phase a hold override changes), so each role names one step. */
function stepRoleProblems(prescription: Prescription): Problem[] {
  if (prescription.kind === 'max-hold') return [];
  const listKey = prescription.kind === 'timed' ? 'parts' : 'phases';
  const roles = prescription.kind === 'timed' ? prescription.parts.map((part) => part.role) : prescription.phases.map((phase) => phase.role);
  return duplicateIndexes(roles).map((index) => problem(['prescription', listKey, index, 'role'], `'${roles[index]}' is used twice: each ${listKey === 'parts' ? 'part' : 'phase'} needs its own role`));
}

/** Cautions are told apart by id (a routine says a shared caution once): one id per caution, in order. */
function cautionIdProblems(exercise: Exercise): Problem[] {
  if (exercise.cautionIds.length !== exercise.cautions.length) {
    return [problem(['cautionIds'], `must give one id per caution (${exercise.cautions.length}), got ${exercise.cautionIds.length}`)];
  }
  return duplicateIndexes(exercise.cautionIds).map((index) => problem(['cautionIds', index], `"${exercise.cautionIds[index]}" is listed twice`));
}

function duplicateEquipmentProblems(exercise: Exercise): Problem[] {
  return duplicateIndexes(exercise.equipment.map((item) => item.id)).map((index) =>
    problem(['equipment', index, 'id'], `"${exercise.equipment[index]?.id}" is listed twice`),
  );
}
