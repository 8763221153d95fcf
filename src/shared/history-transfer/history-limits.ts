/**
 * Limits on a history file, which is untrusted input like any import. 10,000 workouts is 25
 * years of daily use, about 8 MB as JSON; the limits leave twice that room and stop a hostile
 * file from freezing the page or filling storage.
 */
import { MAX_PLAN_STEPS } from '../../engine/compile';

/** A file larger than this is refused before it is read (20 MB). */
export const MAX_HISTORY_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_WORKOUTS_PER_FILE = 20_000;
export const MAX_SET_ASIDE_PER_FILE = 20_000;
/** A workout holds at most one entry per plan step in each of its lists. */
export const MAX_ENTRIES_PER_WORKOUT = MAX_PLAN_STEPS;
/** The oldest date a workout may have (Upright did not exist then, and a clock at 0 is no date). */
export const EARLIEST_WORKOUT_MS = Date.UTC(2000, 0, 1);
/** A workout may end at most this far after now (a clock a little ahead); later is impossible. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
/** The longest a workout may last, start to end with its pauses (a workout paused overnight fits). */
export const MAX_WORKOUT_DURATION_MS = 24 * 60 * 60 * 1000;
