/**
 * Time to say things, at compile time. The engine knows no words: the caller may give an
 * estimate of how long phrases take to say (CompileOptions.speechDurationMs, in the user's
 * language and speech rate). Without one, nothing changes: steps keep their set lengths and
 * every phrase is said.
 */
import type { CompileOptions, Phrase } from './types';

/**
 * After the words of a waiting step come the 3-2-1 countdown pips (the last 3 s of a step of
 * 5 s or more): the words end before them, so neither the pips nor the next step's 'go' and
 * words cut them short.
 */
export const COUNTDOWN_AFTER_SPEECH_MS = 3000;
/** A voice takes a moment to start speaking: a rep phase's words must fit in what is left of it. */
export const SPEECH_START_MS = 250;

/**
 * A waiting step (get-ready, rest, switch) of `plannedMs` lasts at least as long as its words and
 * the countdown after them, in whole seconds (the displayed countdown then starts on a second).
 * A step of 0 ms stays 0 (it is left out of the plan).
 */
export function waitingStepMs(plannedMs: number, announcement: readonly Phrase[], options: CompileOptions): number {
  if (!options.speechDurationMs || plannedMs <= 0 || announcement.length === 0) return plannedMs;
  const neededMs = Math.ceil((options.speechDurationMs(announcement) + COUNTDOWN_AFTER_SPEECH_MS) / 1000) * 1000;
  return Math.max(plannedMs, neededMs);
}

/**
 * The first of `candidates` (longest first) whose words fit in a step of `durationMs`; the last
 * one when none fits (it is the least that must be said). Without an estimator, or for times
 * only: the first.
 */
export function fittingPhrases(candidates: readonly (readonly Phrase[])[], durationMs: number, options: CompileOptions): readonly Phrase[] {
  const estimate = options.speechDurationMs;
  const last = candidates[candidates.length - 1] ?? [];
  if (!estimate || options.timesOnly) return candidates[0] ?? last;
  return candidates.find((phrases) => phrases.length === 0 || estimate(phrases) <= durationMs - SPEECH_START_MS) ?? last;
}
