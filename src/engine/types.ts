/**
 * The session engine's data: a compiled plan, a running session and the effects it asks the UI
 * to carry out. Everything here is plain, serialisable data. Times are wall-clock milliseconds
 * (`...AtMs`, as from Date.now()) or durations (`...Ms`); the engine never reads a clock: every
 * transition takes `nowMs`.
 */
import type { Side } from '../catalog/schema';
import type { StepRole } from '../catalog/step-roles';

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
  /**
   * How long the phrases take to say, ms, in the words and at the speech rate the UI will use
   * (the engine knows no words). Given: waiting steps (get-ready, rests, switches) last at least
   * as long as their words plus the 3-2-1 countdown, and rep phases say only what fits in them.
   * Absent: no step is lengthened and every phrase is said.
   */
  readonly speechDurationMs?: (phrases: readonly Phrase[]) => number;
  /**
   * The caller wants the plan's times, not its words (a routine's card, its page): rep phases keep
   * their longest words without asking speechDurationMs whether they fit, since a phase's length
   * never depends on its words. Waiting steps are still lengthened to theirs. Far fewer estimates.
   */
  readonly timesOnly?: boolean;
  /** The user's best open-ended hold so far, ms, by exercise id: "New best" is said when a hold passes it. */
  readonly bestHoldMs?: Readonly<Record<string, number>>;
}

/**
 * The engine speaks no language: what it says is data, turned into words in the user's language
 * by the UI and the speaker (src/shared/i18n/engine-text.ts), at the moment they are shown or said.
 *
 * An engine message is a key of the app's texts (src/locales/<language>/player.json) with its
 * values: numbers, and ids (a side, an exercise id, whose name the UI looks up). For example
 * `{ key: 'engine.rep', values: { rep: 4, repCount: 6 } }` is "Rep 4 of 6", "Wiederholung 4 von 6".
 */
export type EngineMessageKey =
  | 'engine.rep'
  | 'engine.repShort'
  | 'engine.startWith'
  | 'engine.needEquipment'
  | 'engine.newBest'
  | 'engine.switchTo'
  | 'engine.nextSet'
  | 'engine.nextExercise'
  | 'engine.holdMax'
  | 'engine.rest'
  | 'engine.finish'
  | 'engine.finishPartly'
  | 'engine.halfway'
  | 'engine.targetReached';

export interface EngineMessage {
  readonly key: EngineMessageKey;
  readonly values?: Readonly<Record<string, number | string>>;
}

/**
 * A text of the catalog, by reference: which exercise, and which of its texts. The words are read
 * from the catalog in the user's language. `part` is the index of a timed part or of a rep phase.
 */
export type CatalogText =
  | { readonly ref: 'exercise-name'; readonly exerciseId: string }
  /** What the side means for this exercise ("Right leg"; "Right side" when the catalog says nothing). */
  | { readonly ref: 'side-label'; readonly exerciseId: string; readonly side: Side }
  | { readonly ref: 'setup-cue'; readonly exerciseId: string; readonly index: number }
  | { readonly ref: 'part-cue'; readonly exerciseId: string; readonly part: number; readonly index: number }
  | { readonly ref: 'phase-cue'; readonly exerciseId: string; readonly part: number }
  | { readonly ref: 'hold-cue'; readonly exerciseId: string; readonly index: number }
  /** The exercise's switch cue ("Switch to the other leg."; "Change sides." when the catalog says nothing). */
  | { readonly ref: 'switch-cue'; readonly exerciseId: string }
  /** The name of a timed part or rep phase ("Bent knee", "Raise"). */
  | { readonly ref: 'part-name'; readonly exerciseId: string; readonly part: number };

/** One sentence (or sentence part) of what is said or shown; a list of them is said in order. */
export type Phrase = EngineMessage | CatalogText;

/** How the sides of a prescription are worked, for its summary. */
export type PrescriptionSides = 'both' | 'perSide' | 'alternating' | 'right' | 'left';

/**
 * The one-line summary of a prescription ("2 × 25 s per side", "6 × raise, hold 3 s, lower"), as
 * data: its kind of message, the counts, and the parts or phases with their seconds.
 */
export interface PrescriptionDescriptor {
  readonly key: 'engine.prescription.timed' | 'engine.prescription.reps' | 'engine.prescription.alternatingReps' | 'engine.prescription.maxHold';
  readonly exerciseId: string;
  readonly values: { readonly sets: number; readonly reps: number | null; readonly sides: PrescriptionSides };
  /** Timed: each part's seconds; reps: each phase (by index), with its seconds. Empty for a max-hold. */
  readonly parts: readonly { readonly part: number; readonly seconds: number }[];
}

export interface PlanStep {
  readonly index: number;
  readonly kind: StepKind;
  /** Index of the routine item this step belongs to; null for the finish step. */
  readonly itemIndex: number | null;
  readonly exerciseId: string | null;
  readonly side: Side | null;
  /** 1-based set number and count. */
  readonly set: number | null;
  readonly setCount: number | null;
  /** 1-based repetition within the set (per side for alternating), and the count. */
  readonly rep: number | null;
  readonly repCount: number | null;
  /** What the work step is for (raise, hold, bent-knee…); an open-ended hold is 'hold'. null outside work. */
  readonly role: StepRole | null;
  /** Which timed part or rep phase of the exercise this is (its name is the catalog's); null otherwise. */
  readonly partIndex: number | null;
  /** null: open-ended (a max-hold counts up until done, or until `capMs`). */
  readonly durationMs: number | null;
  /** For open-ended steps: the hold ends by itself after this long. */
  readonly capMs: number | null;
  /** For max-hold steps: the first goal shown beside the stopwatch. */
  readonly targetMs: number | null;
  /** The cues to show, in order; the current one is derived from the elapsed time. */
  readonly cues: readonly CatalogText[];
  /** What is said when the step starts (short, speakable), as phrases said in order. */
  readonly announcement: readonly Phrase[];
  /** For open-ended holds: the user's best before this workout, ms; "New best" is said when it is passed. */
  readonly bestMs?: number | null;
}

export interface PlanExerciseOutline {
  readonly itemIndex: number;
  readonly exerciseId: string;
  /** "2 × 25 s per side", "6 × raise, hold 3 s, lower", "hold as long as you can", as data. */
  readonly prescription: PrescriptionDescriptor;
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
  /** 2: the plan holds phrases and ids; 1 (before Upright spoke German) held English text. */
  readonly version: 2;
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

export type BeepTone = 'countdown' | 'go' | 'switch' | 'phase' | 'finish' | 'pause' | 'resume';

export type Effect =
  /** Play a beep at wall time `atMs` (schedule it on the audio clock; it may be slightly in the future). */
  | { readonly type: 'beep'; readonly atMs: number; readonly tone: BeepTone }
  /** Say `phrases` at `atMs`, in the user's language at that moment. */
  | { readonly type: 'speak'; readonly atMs: number; readonly phrases: readonly Phrase[] }
  | { readonly type: 'vibrate'; readonly atMs: number; readonly patternMs: readonly number[] }
  /** Beeps and speech scheduled earlier are no longer right (pause, skip, back, extend): drop them. */
  | { readonly type: 'cancel-scheduled' }
  | { readonly type: 'step-changed'; readonly fromIndex: number | null; readonly toIndex: number }
  /** An open-ended hold ended: by the user's Done, or by its cap (`capReached`: the user may have stopped long before). */
  | { readonly type: 'max-hold-recorded'; readonly exerciseId: string; readonly side: Side | null; readonly heldMs: number; readonly capReached: boolean }
  | { readonly type: 'finished'; readonly record: SessionRecord };

export interface TransitionResult {
  readonly session: Session;
  readonly effects: readonly Effect[];
}

/** One open-ended hold of a session. */
export interface MaxHoldRecord {
  readonly exerciseId: string;
  readonly side: Side | null;
  readonly heldMs: number;
  /** The hold ran into its cap without a Done: nobody said it was held, so it is no personal best (unless the user confirms it). */
  readonly capReached: boolean;
}

/**
 * How far one routine item got (the rule, README "Summary counts"): 'done', every work step
 * completed or ended by Done; 'ended-early', some of its work done; 'skipped', none done though
 * reached (a step of it skipped, or the session went past it); 'not-reached', its work never begun.
 */
export type ExerciseOutcome = 'done' | 'ended-early' | 'skipped' | 'not-reached';

export interface ExerciseOutcomeRecord {
  readonly itemIndex: number;
  readonly exerciseId: string;
  readonly outcome: ExerciseOutcome;
  /** Rep exercises: repetitions with every phase done, and how many the item has (sets × sides × reps). */
  readonly repsDone?: number;
  readonly repCount?: number;
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
  /** Exercise ids (each once, routine order) whose outcome was 'done' somewhere in the session. */
  readonly exercisesDone: readonly string[];
  /** Exercise ids (each once) 'skipped' and never done elsewhere in the session. */
  readonly exercisesSkipped: readonly string[];
  readonly maxHolds: readonly MaxHoldRecord[];
  /** Every routine item's outcome, in routine order (empty in workouts stored before Upright recorded it). */
  readonly exercises: readonly ExerciseOutcomeRecord[];
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
  readonly currentCue: CatalogText | null;
  readonly status: SessionStatus;
}

/** What the user (or the player's ticker) does; `advance` turns one into the next state. */
export type SessionEvent =
  | { readonly type: 'tick' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** One step on (one phase, part or side), leaving this one skipped. */
  | { readonly type: 'skip' }
  /** One step back (to this step's start after its first 3 s). */
  | { readonly type: 'back' }
  /** To the next exercise: the rest before it, or its get-ready; the rest of this one is skipped. */
  | { readonly type: 'next-exercise' }
  /** To the start of this exercise; at its start already, to the start of the previous one. */
  | { readonly type: 'previous-exercise' }
  /** On a rep step: ends the set now; its remaining reps are skipped. */
  | { readonly type: 'end-set' }
  /** Adds `seconds` (1 to 600) to the current timed step. */
  | { readonly type: 'extend'; readonly seconds: number }
  /** Ends the current step as done: a timed step early, an open-ended hold (its time is recorded), a rep step's set (as 'end-set'). */
  | { readonly type: 'done' }
  | { readonly type: 'restart-exercise' }
  | { readonly type: 'abandon' };
