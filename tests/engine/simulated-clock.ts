/** A simulated clock for the engine: drives a session with events at chosen times and keeps every effect. */
import { compile } from '../../src/engine/compile';
import { advance, start } from '../../src/engine/session';
import type { CompileOptions, Effect, Plan, Session, SessionEvent } from '../../src/engine/types';
import { fixtureCatalog, routineOf } from './fixtures';
import type { RoutineItem } from '../../src/catalog/schema';
import { catalogText, phaseName, spokenText, stepExerciseName, stepSideLabel, type ExerciseLookup } from '../../src/shared/i18n/engine-text';
import { translate } from '../../src/shared/i18n/i18n';
import type { CatalogText, Phrase, PlanStep } from '../../src/engine/types';

/** Phrases in words, as the speaker says them (English, the fixture catalog unless another is given). */
export const say = (phrases: readonly Phrase[] | undefined, lookup: ExerciseLookup = fixtureCatalog): string => spokenText(phrases ?? [], translate, lookup);
/** A step's words as the player shows them: its phase name, side label, exercise name, cues. */
export const words = (step: PlanStep | null | undefined, lookup: ExerciseLookup = fixtureCatalog) => ({
  phase: step ? phaseName(step, translate, lookup) : null,
  sideLabel: step ? stepSideLabel(step, translate, lookup) : null,
  exerciseName: step ? stepExerciseName(step, lookup) : null,
  cues: step ? step.cues.map((cue) => catalogText(cue, translate, lookup)) : [],
  announcement: step ? say(step.announcement, lookup) : '',
});
export const cueWords = (cue: CatalogText | null, lookup: ExerciseLookup = fixtureCatalog): string | null => (cue ? catalogText(cue, translate, lookup) : null);

export interface Emitted {
  /** When the transition that emitted it ran. */
  readonly emittedAtMs: number;
  readonly effect: Effect;
}

export function planOf(items: (string | RoutineItem)[], options?: Partial<CompileOptions>): Plan {
  const result = compile(routineOf(...items), fixtureCatalog, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

export class SimulatedSession {
  session: Session;
  nowMs: number;
  readonly emitted: Emitted[] = [];

  /** `lookup`: the catalog whose words the timeline shows (the fixtures unless another is given). */
  constructor(plan: Plan, startAtMs = 0, readonly lookup: ExerciseLookup = fixtureCatalog) {
    this.nowMs = startAtMs;
    const result = start(plan, startAtMs);
    this.session = result.session;
    this.record(result.effects);
  }

  private record(effects: readonly Effect[]): void {
    for (const effect of effects) this.emitted.push({ emittedAtMs: this.nowMs, effect });
  }

  /** Applies `event` at the current simulated time. */
  send(event: SessionEvent): this {
    const result = advance(this.session, event, this.nowMs);
    this.session = result.session;
    this.record(result.effects);
    return this;
  }

  /** Moves the clock forward by `ms`, ticking every `everyMs` like the player's ticker (0: one tick at the end). */
  advanceBy(ms: number, everyMs = 250): this {
    const endMs = this.nowMs + ms;
    if (everyMs > 0) {
      while (this.nowMs + everyMs < endMs) {
        this.nowMs += everyMs;
        this.send({ type: 'tick' });
      }
    }
    this.nowMs = endMs;
    return this.send({ type: 'tick' });
  }

  /** Beeps, speech and vibrations, in intended-time order, as short strings: "10000 beep go". */
  timeline(fromMs = -Infinity, toMs = Infinity): string[] {
    return this.emitted
      .map(({ effect }) => effect)
      .filter((effect): effect is Extract<Effect, { atMs: number }> => 'atMs' in effect && effect.atMs >= fromMs && effect.atMs <= toMs)
      .map((effect) => `${effect.atMs} ${describe(effect, this.lookup)}`);
  }

  /** Every emitted effect of one type. */
  ofType<T extends Effect['type']>(type: T): Extract<Effect, { type: T }>[] {
    return this.emitted.map(({ effect }) => effect).filter((effect): effect is Extract<Effect, { type: T }> => effect.type === type);
  }

  /** The step changes as "at ms: from -> to" (at the time of the tick that saw them). */
  stepChanges(): string[] {
    return this.emitted.flatMap(({ emittedAtMs, effect }) => (effect.type === 'step-changed' ? [`${emittedAtMs}: ${effect.fromIndex} -> ${effect.toIndex}`] : []));
  }
}

function describe(effect: Extract<Effect, { atMs: number }>, lookup: ExerciseLookup): string {
  if (effect.type === 'beep') return `beep ${effect.tone}`;
  if (effect.type === 'speak') return `speak "${say(effect.phrases, lookup)}"`;
  return `vibrate ${effect.patternMs.join(',')}`;
}
