import { duplicateIndexes } from './duplicate-indexes';
import { problem, textProblem, type Problem } from './problem';
import type { Sport } from './schema';

/** A sport's variants (swimming strokes) must be told apart by name, and each caution has its id. */
export function sportProblems(sport: Sport): Problem[] {
  const idProblems = sport.cautionIds.length === sport.cautions.length ? [] : [problem(['cautionIds'], `must give one id per caution (${sport.cautions.length}), got ${sport.cautionIds.length}`)];
  return [...idProblems, ...variantNameProblems(sport)];
}

function variantNameProblems(sport: Sport): Problem[] {
  const names = (sport.variants ?? []).map((variant) => variant.name);
  return duplicateIndexes(names.map((name) => name.toLowerCase())).map((index) =>
    textProblem(['variants', index, 'name'], `"${names[index]}" is listed twice`),
  );
}
