/**
 * What a plan says, as phrases (types.ts: engine messages and catalog references), never as
 * sentences: the UI and the speaker put them into words in the user's language. One place, so
 * what is said stays consistent.
 */
import type { Side } from '../catalog/schema';
import type { CatalogText, EngineMessage, Phrase } from './types';

/** The phrases that are there, in order (a null part is left out). */
export const phrases = (parts: readonly (Phrase | null | undefined)[]): Phrase[] => parts.filter((part): part is Phrase => part != null);

export const switchMessage = (side: Side): EngineMessage => ({ key: 'engine.switchTo', values: { side } });
export const repMessage = (rep: number, repCount: number): EngineMessage => ({ key: 'engine.rep', values: { rep, repCount } });
/** Just the number ("4"): where "Rep 4 of 6" does not fit in a short phase. */
export const shortRepMessage = (rep: number): EngineMessage => ({ key: 'engine.repShort', values: { rep } });
/** "Start with the right leg": the side a per-side or alternating exercise begins with. */
export const startWithMessage = (exerciseId: string, side: Side): EngineMessage => ({ key: 'engine.startWith', values: { exerciseId, side } });
/** "You need: chair": the exercise's equipment that is not optional (the words list it). */
export const needEquipmentMessage = (exerciseId: string): EngineMessage => ({ key: 'engine.needEquipment', values: { exerciseId } });
export const NEW_BEST_MESSAGE: EngineMessage = { key: 'engine.newBest' };
export const nextSetMessage = (set: number, setCount: number): EngineMessage => ({ key: 'engine.nextSet', values: { set, setCount } });
export const nextExerciseMessage = (exerciseId: string): EngineMessage => ({ key: 'engine.nextExercise', values: { exerciseId } });
export const HOLD_MESSAGE: EngineMessage = { key: 'engine.holdMax' };
export const REST_MESSAGE: EngineMessage = { key: 'engine.rest' };
export const FINISH_MESSAGE: EngineMessage = { key: 'engine.finish' };
/** The finish of a workout that skipped some of its work: no "Well done" for that. */
export const FINISH_PARTLY_MESSAGE: EngineMessage = { key: 'engine.finishPartly' };
export const HALFWAY_MESSAGE: EngineMessage = { key: 'engine.halfway' };
export const TARGET_REACHED_MESSAGE: EngineMessage = { key: 'engine.targetReached' };

export const exerciseNameText = (exerciseId: string): CatalogText => ({ ref: 'exercise-name', exerciseId });
export const sideLabelText = (exerciseId: string, side: Side | null): CatalogText | null => (side ? { ref: 'side-label', exerciseId, side } : null);
export const setupCues = (exerciseId: string, count: number): CatalogText[] => Array.from({ length: count }, (_, index) => ({ ref: 'setup-cue', exerciseId, index }));
