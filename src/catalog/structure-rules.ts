/**
 * Rules for the structure files beyond their schemas: every id an item names is in its file's
 * list (a caution several exercises share is one id there), no list names an id twice.
 */
import { duplicateIndexes } from './duplicate-indexes';
import { problem, type Problem } from './problem';
import type { ExerciseStructure, SportStructure } from './structure-schema';

export type Registries = Readonly<Record<string, readonly string[]>>;

/** Problems with a file's own id lists, with the list's name as the path. */
export function registryProblems(registries: Registries): { readonly path: readonly (string | number)[]; readonly message: string }[] {
  return Object.entries(registries).flatMap(([key, ids]) => duplicateIndexes(ids).map((index) => ({ path: [key, index], message: `"${ids[index]}" is listed twice` })));
}

function referenceProblems(key: string, used: readonly string[], known: readonly string[] | undefined): Problem[] {
  const knownIds = new Set(known ?? []);
  const unknown = used.flatMap((id, index) => (knownIds.has(id) ? [] : [problem([key, index], `unknown ${singular(key)} "${id}": add it to the file's "${key}" list`)]));
  const twice = duplicateIndexes(used).map((index) => problem([key, index], `"${used[index]}" is listed twice`));
  return [...unknown, ...twice];
}

const singular = (key: string): string => (key === 'muscles' ? 'muscle' : key === 'cautions' ? 'caution' : key);

export function exerciseStructureProblems(exercise: ExerciseStructure, registries: Registries): Problem[] {
  const factIds = (exercise.facts ?? []).map((fact) => fact.id);
  return [
    ...referenceProblems('muscles', exercise.muscles, registries.muscles),
    ...referenceProblems('equipment', exercise.equipment.map((piece) => piece.id), registries.equipment),
    ...referenceProblems('cautions', exercise.cautions, registries.cautions),
    ...duplicateIndexes(factIds).map((index) => problem(['facts', index, 'id'], `"${factIds[index]}" is listed twice`)),
  ];
}

export function sportStructureProblems(sport: SportStructure, registries: Registries): Problem[] {
  const variantIds = (sport.variants ?? []).map((variant) => variant.id);
  return [
    ...referenceProblems('cautions', sport.cautions, registries.cautions),
    ...duplicateIndexes(variantIds).map((index) => problem(['variants', index, 'id'], `"${variantIds[index]}" is listed twice`)),
  ];
}
