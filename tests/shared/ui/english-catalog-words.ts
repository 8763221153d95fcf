import { catalog } from '../../../src/catalog/catalog';
import { loadLocalizedCatalog } from '../../../src/catalog/localized-catalog';
import type { Catalog } from '../../../src/catalog/catalog-types';

/** Every name the catalog gives in a language: exercises, their parts and phases, muscles, equipment, routines, sports. */
function namesOf(source: Catalog): string[] {
  return [
    ...source.exercises.flatMap((exercise) => [
      exercise.name,
      ...exercise.muscles.map((muscle) => muscle.name),
      ...exercise.equipment.map((item) => item.name),
      ...(exercise.prescription.kind === 'timed' ? exercise.prescription.parts.map((part) => part.name) : []),
      ...(exercise.prescription.kind === 'reps' ? exercise.prescription.phases.map((phase) => phase.name) : []),
    ]),
    ...source.routines.map((routine) => routine.name),
    ...source.sports.flatMap((sport) => [sport.name, ...(sport.variants ?? []).map((variant) => variant.name)]),
  ];
}

/**
 * The English catalog's names a German screen must not show: all of them except those German
 * uses too ("Yoga", "Pilates", the "Trapezius" in "Kapuzenmuskel (Trapezius)").
 */
export async function englishOnlyNames(): Promise<string[]> {
  const german = namesOf(await loadLocalizedCatalog('de')).map((name) => name.toLowerCase());
  return [...new Set(namesOf(catalog))].filter((name) => !german.some((germanName) => germanName.includes(name.toLowerCase())));
}

/** The page's text without what is quoted from the (English) source article, which stays English on purpose. */
export function textOutsideEnglishQuotes(root: HTMLElement = document.body): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const quote of copy.querySelectorAll('[lang="en"]')) quote.remove();
  return copy.textContent ?? '';
}

/** The English catalog names shown on the page outside quotes from the source: none, on a German page. */
export async function englishNamesShown(root: HTMLElement = document.body): Promise<string[]> {
  const text = textOutsideEnglishQuotes(root);
  return (await englishOnlyNames()).filter((name) => text.includes(name));
}
