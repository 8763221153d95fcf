/** A simulated clock for the engine: drives a session with events at chosen times and keeps every effect. */
import { compile } from '../../src/engine/compile';
import { advance, start } from '../../src/engine/session';
import type { CompileOptions, Effect, Plan, Session, SessionEvent } from '../../src/engine/types';
import { fixtureCatalog, routineOf } from './fixtures';
import type { RoutineItem } from '../../src/catalog/schema';

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

  constructor(plan: Plan, startAtMs = 0) {
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
      .map((effect) => `${effect.atMs} ${describe(effect)}`);
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

function describe(effect: Extract<Effect, { atMs: number }>): string {
  if (effect.type === 'beep') return `beep ${effect.tone}`;
  if (effect.type === 'speak') return `speak "${effect.text}"`;
  return `vibrate ${effect.patternMs.join(',')}`;
}
