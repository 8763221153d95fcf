import type { CompileOptions } from './types';

/** The settings a new user starts with. */
export const DEFAULT_COMPILE_OPTIONS: CompileOptions = {
  getReadySeconds: 10,
  restSeconds: 20,
  paceFactor: 1,
  readSetupCues: true,
};

/** Sane ranges: a get-ready long enough to get onto the mat, rests up to 10 min, pace 0.5x to 2x. */
export const COMPILE_OPTION_RANGES = {
  getReadySeconds: { min: 3, max: 120 },
  restSeconds: { min: 0, max: 600 },
  paceFactor: { min: 0.5, max: 2 },
} as const;

const clamp = (value: unknown, range: { min: number; max: number }, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, value)) : fallback;

/**
 * Fills in defaults and clamps each option into its range (a non-number or non-finite value
 * falls back to the default), so settings from storage can never produce an absurd plan.
 */
export function resolveCompileOptions(options: Partial<CompileOptions> = {}): CompileOptions {
  const given: Partial<Record<keyof CompileOptions, unknown>> = typeof options === 'object' && options !== null ? options : {};
  return {
    getReadySeconds: clamp(given.getReadySeconds, COMPILE_OPTION_RANGES.getReadySeconds, DEFAULT_COMPILE_OPTIONS.getReadySeconds),
    restSeconds: clamp(given.restSeconds, COMPILE_OPTION_RANGES.restSeconds, DEFAULT_COMPILE_OPTIONS.restSeconds),
    paceFactor: clamp(given.paceFactor, COMPILE_OPTION_RANGES.paceFactor, DEFAULT_COMPILE_OPTIONS.paceFactor),
    readSetupCues: typeof given.readSetupCues === 'boolean' ? given.readSetupCues : DEFAULT_COMPILE_OPTIONS.readSetupCues,
    ...(typeof given.speechDurationMs === 'function' ? { speechDurationMs: safeEstimator(given.speechDurationMs as NonNullable<CompileOptions['speechDurationMs']>) } : {}),
    ...(typeof given.bestHoldMs === 'object' && given.bestHoldMs !== null ? { bestHoldMs: validBests(given.bestHoldMs) } : {}),
    ...(given.timesOnly === true ? { timesOnly: true } : {}),
  };
}

/** An estimate that is not a finite positive number (or throws) counts as 0: nothing is lengthened. */
function safeEstimator(estimate: NonNullable<CompileOptions['speechDurationMs']>): NonNullable<CompileOptions['speechDurationMs']> {
  return (phrases) => {
    try {
      const ms = estimate(phrases);
      return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_SPEECH_MS) : 0;
    } catch {
      return 0;
    }
  };
}

/** No sentence takes longer than this to say: an estimate beyond it is a bug, not a reason for a 1-hour get-ready. */
const MAX_SPEECH_MS = 120_000;

/** Only finite, positive bests (ms), whole. */
function validBests(bests: object): Record<string, number> {
  const valid: Record<string, number> = {};
  for (const [exerciseId, ms] of Object.entries(bests)) {
    if (typeof ms === 'number' && Number.isFinite(ms) && ms > 0) valid[exerciseId] = Math.round(ms);
  }
  return valid;
}
