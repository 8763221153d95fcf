/**
 * The session engine's data: a compiled plan, a running session and the effects it asks the UI
 * to carry out. Everything here is plain, serialisable data. Times are wall-clock milliseconds
 * (`...AtMs`, as from Date.now()) or durations (`...Ms`); the engine never reads a clock: every
 * transition takes `nowMs`.
 */
import type { Side } from '../catalog/schema';

export type StepKind =
  | 'get-ready'
  | 'work'
  | 'switch-sides'
  | 'rest-between-sets'
  | 'rest-between-exercises'
  | 'finish';

export interface CompileOptions {
  /** Get-ready before each exercise, seconds (default 10). */
  readonly getReadySeconds: number;
  /** Rest between exercises when the routine item does not say, seconds (default 20). */
  readonly restSeconds: number;
  /** Multiplies rep phase durations: 1.5 is slower, 0.75 faster (0.5 to 2; default 1). */
  readonly paceFactor: number;
  /** Speak the setup cues during get-ready (default true). */
  readonly readSetupCues: boolean;
}

export interface PlanStep {
  readonly index: number;
  readonly kind: StepKind;
  /** Index of the routine item this step belongs to; null for the finish step. */
  readonly itemIndex: number | null;
  readonly exerciseId: string | null;
  readonly exerciseName: string | null;
  readonly side: Side | null;
  /** What the side means for this exercise: "Right side", "Right arm and left leg". */
  readonly sideLabel: string | null;
  /** 1-based set number and count. */
  readonly set: number | null;
  readonly setCount: number | null;
  /** 1-based repetition within the set (per side for alternating), and the count. */
  readonly rep: number | null;
  readonly repCount: number | null;
  /** Phase or part name: "Raise", "Hold", "Lower", "Stretch position", "Bent knee". */
  readonly phase: string | null;
  /** null: open-ended (a max-hold counts up until done, or until `capMs`). */
  readonly durationMs: number | null;
  /** For open-ended steps: the hold ends by itself after this long. */
  readonly capMs: number | null;
  /** For max-hold steps: the first goal shown beside the stopwatch. */
  readonly targetMs: number | null;
  /** The cues to show, in order; the current one is derived from the elapsed time. */
  readonly cues: readonly string[];
  /** What is said when the step starts (short, speakable). */
  readonly announcement: string;
}

export interface PlanExerciseOutline {
  readonly itemIndex: number;
  readonly exerciseId: string;
  readonly exerciseName: string;
  /** "2 × 25 s per side", "6 × raise, hold 3 s, lower", "hold as long as you can". */
  readonly prescriptionText: string;
  /** Duration of this item's steps (get-ready and rests after it included), ms; open-ended holds count at their target. */
  readonly durationMs: number;
  readonly firstStepIndex: number;
}

export interface Plan {
  readonly routineId: string;
  readonly routineName: string;
  readonly steps: readonly PlanStep[];
  /** Sum of step durations, open-ended holds counted at their target, ms. */
  readonly totalDurationMs: number;
  readonly outline: readonly PlanExerciseOutline[];
}

export type SessionStatus = 'running' | 'paused' | 'finished' | 'abandoned';

export type StepOutcome = 'completed' | 'done-early' | 'skipped';

/** What happened to one entered step: the session record is built from these. */
export interface StepRecord {
  readonly stepIndex: number;
  readonly enteredAtMs: number;
  readonly leftAtMs: number | null;
  readonly outcome: StepOutcome | null;
  /** Time spent in the step, pauses excluded, ms. */
  readonly activeMs: number;
  readonly extendedMs: number;
  /** For open-ended holds: how long the user held. */
  readonly heldMs: number | null;
}

export interface Session {
  readonly version: 1;
  readonly plan: Plan;
  readonly status: SessionStatus;
  readonly stepIndex: number;
  /** When the current step began (wall ms). A step that ends on time hands its deadline on as the next step's start. */
  readonly stepStartedAtMs: number;
  /** Paused time inside the current step, ms (not counting a pause in progress). */
  readonly stepPausedMs: number;
  /** +N s extensions of the current step, ms. */
  readonly stepExtendedMs: number;
  /** Set while paused. */
  readonly pausedAtMs: number | null;
  readonly startedAtMs: number;
  readonly endedAtMs: number | null;
  readonly totalPausedMs: number;
  /** Beeps and speech have been emitted for intended times up to here (wall ms). */
  readonly effectsScheduledUntilMs: number;
  readonly log: readonly StepRecord[];
}

export type BeepTone = 'countdown' | 'go' | 'switch' | 'phase' | 'finish';

export type Effect =
  /** Play a beep at wall time `atMs` (schedule it on the audio clock; it may be slightly in the future). */
  | { readonly type: 'beep'; readonly atMs: number; readonly tone: BeepTone }
  | { readonly type: 'speak'; readonly atMs: number; readonly text: string }
  | { readonly type: 'vibrate'; readonly atMs: number; readonly patternMs: readonly number[] }
  /** Beeps and speech scheduled earlier are no longer right (pause, skip, back, extend): drop them. */
  | { readonly type: 'cancel-scheduled' }
  | { readonly type: 'step-changed'; readonly fromIndex: number | null; readonly toIndex: number }
  | { readonly type: 'max-hold-recorded'; readonly exerciseId: string; readonly side: Side | null; readonly heldMs: number }
  | { readonly type: 'finished'; readonly record: SessionRecord };

export interface TransitionResult {
  readonly session: Session;
  readonly effects: readonly Effect[];
}

export interface SessionRecord {
  readonly routineId: string;
  readonly routineName: string;
  readonly startedAtMs: number;
  readonly endedAtMs: number;
  /** Time with the session running, pauses excluded, ms. */
  readonly activeMs: number;
  readonly pausedMs: number;
  readonly completed: boolean;
  readonly stepsDone: number;
  readonly stepsSkipped: number;
  readonly stepsExtended: number;
  readonly exercisesDone: readonly string[];
  readonly exercisesSkipped: readonly string[];
  readonly maxHolds: readonly { readonly exerciseId: string; readonly side: Side | null; readonly heldMs: number }[];
}

/** Values the player displays, all derived from the session and `nowMs`. */
export interface SessionView {
  readonly step: PlanStep;
  readonly nextStep: PlanStep | null;
  /** Remaining in this step, ms (never negative); null for an open-ended hold. */
  readonly stepRemainingMs: number | null;
  readonly stepElapsedMs: number;
  readonly stepDurationMs: number | null;
  readonly sessionElapsedMs: number;
  readonly sessionRemainingMs: number;
  /** 0..1 over the whole plan. */
  readonly progress: number;
  readonly currentCueIndex: number;
  readonly currentCue: string | null;
  readonly status: SessionStatus;
}

/** What the user (or the player's ticker) does; `advance` turns one into the next state. */
export type SessionEvent =
  | { readonly type: 'tick' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'skip' }
  | { readonly type: 'back' }
  /** Adds `seconds` (1 to 600) to the current timed step. */
  | { readonly type: 'extend'; readonly seconds: number }
  | { readonly type: 'done' }
  | { readonly type: 'restart-exercise' }
  | { readonly type: 'abandon' };
