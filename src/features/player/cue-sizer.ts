import type { Plan } from '../../engine/types';
import { catalogText, type ExerciseLookup } from '../../shared/i18n/engine-text';
import type { Translate } from '../../shared/i18n/i18n';

const none: readonly string[] = [];

/**
 * Every cue (in the current language, each once) of the work steps of an exercise: what the cue
 * cell is sized for on a phone while that exercise works, so that the ring keeps its size from
 * one rep phase or part to the next. (The longest in characters is not always the one with the
 * most lines.) Empty without an exercise.
 */
export function exerciseWorkCues(plan: Plan, exerciseId: string | null, t: Translate, catalog: ExerciseLookup): readonly string[] {
  if (exerciseId === null) return none;
  const texts = new Set<string>();
  const worded = new Set<string>();
  for (const step of plan.steps) {
    if (step.kind !== 'work' || step.exerciseId !== exerciseId) continue;
    for (const cue of step.cues) {
      // The same cues come back at every rep: each is worded once.
      const key = JSON.stringify(cue);
      if (worded.has(key)) continue;
      worded.add(key);
      texts.add(catalogText(cue, t, catalog));
    }
  }
  return [...texts];
}
