import { duplicateIndexes } from './duplicate-indexes';
import { problem, type Problem } from './problem';
import type { Sport } from './schema';

/** A sport's variants (swimming strokes) must be told apart by name. */
export function sportProblems(sport: Sport): Problem[] {
  const names = (sport.variants ?? []).map((variant) => variant.name);
  return duplicateIndexes(names.map((name) => name.toLowerCase())).map((index) =>
    problem(['variants', index, 'name'], `"${names[index]}" is listed twice`),
  );
}
