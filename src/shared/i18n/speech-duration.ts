/**
 * How long words take to say, estimated from the words themselves, so the engine can give the
 * voice time (CompileOptions.speechDurationMs): a get-ready lasts as long as its setup takes to
 * say, and a 2 s rep phase says only what fits in it.
 *
 * The estimate counts characters, not syllables: a syllable counter needs rules per language,
 * while speech synthesisers speak a fairly even number of characters per second. The constants
 * are chosen from published speaking rates, not measured here (a test machine has no real voice):
 * - the default voices of Android, iOS and Windows read English at about 165 to 185 words a
 *   minute, about 15 to 17 characters a second with spaces; German voices read fewer, longer
 *   words at about the same rate of characters. We take 14 (English) and 13 (German), the slow
 *   end: an estimate that is too short lets the countdown and the next step talk over the words,
 *   one that is too long only makes a get-ready a second longer;
 * - a voice pauses at a full stop (about 350 ms) and at a comma or colon (about 150 ms);
 * - a number is said as a word: each digit counts as 4 characters ("4" is "four").
 * The speech rate setting (0.5 to 2) divides the time: the voice speaks that much faster.
 */
import type { Phrase } from '../../engine/types';
import { spokenText, type ExerciseLookup } from './engine-text';
import type { Translate } from './i18n';
import type { Language } from './languages';

export const CHARACTERS_PER_SECOND_AT_RATE_1: Readonly<Record<Language, number>> = { en: 14, de: 13 };
export const SENTENCE_PAUSE_MS = 350;
export const CLAUSE_PAUSE_MS = 150;
const CHARACTERS_PER_DIGIT = 4;

/** The time to say `text` in `language` at speech rate `rate` (1 is the voice's normal rate), ms. */
export function estimateSpeechMs(text: string, language: Language, rate: number): number {
  const words = text.trim();
  if (words.length === 0) return 0;
  const digits = (words.match(/\d/g) ?? []).length;
  const characters = words.length + digits * (CHARACTERS_PER_DIGIT - 1);
  // Pauses between sentences and clauses; the last mark ends the speech and adds no pause.
  const body = words.replace(/[.!?…:;,]+$/, '');
  const sentences = (body.match(/[.!?…]+(\s|$)/g) ?? []).length;
  const clauses = (body.match(/[,:;]\s/g) ?? []).length;
  const speakingMs = (characters / CHARACTERS_PER_SECOND_AT_RATE_1[language]) * 1000 + sentences * SENTENCE_PAUSE_MS + clauses * CLAUSE_PAUSE_MS;
  const safeRate = Number.isFinite(rate) && rate > 0 ? rate : 1;
  return Math.round(speakingMs / safeRate);
}

export interface SpeechEstimatorParts {
  readonly t: Translate;
  readonly catalog: ExerciseLookup;
  readonly language: Language;
  /** The voice rate setting (0.5 to 2). */
  readonly rate: number;
}

/**
 * The estimator compile() takes: phrases in words as the speaker will say them, then timed. Each
 * list of phrases is put into words once: a routine says the same few again and again (the five
 * built-in routines ask about 1,160 times for 180 different ones), and Home plans every routine.
 */
export function speechDurationEstimator({ t, catalog, language, rate }: SpeechEstimatorParts): (phrases: readonly Phrase[]) => number {
  const knownMs = new Map<string, number>();
  return (phrases) => {
    const key = JSON.stringify(phrases);
    let durationMs = knownMs.get(key);
    if (durationMs === undefined) knownMs.set(key, (durationMs = estimateSpeechMs(spokenText(phrases, t, catalog), language, rate)));
    return durationMs;
  };
}
