export interface PlayerControlHandlers {
  readonly onPauseToggle: () => void;
  readonly onBack: () => void;
  readonly onSkip: () => void;
  readonly onExtend: () => void;
  readonly onDone: () => void;
  readonly onRestartExercise: () => void;
  readonly onEndWorkout: () => void;
}

interface PlayerControlsProps extends PlayerControlHandlers {
  readonly paused: boolean;
  readonly canMarkDone: boolean;
  readonly canExtend: boolean;
}

/** The workout's buttons: big, named for what they do, reachable by keyboard (shortcuts in the hint). */
export function PlayerControls(props: PlayerControlsProps) {
  return (
    <div className="player-controls">
      <div className="player-controls-main" role="group" aria-label="Workout controls">
        <button type="button" className="button" onClick={props.onBack} aria-keyshortcuts="ArrowLeft">
          Back
        </button>
        <button type="button" className="button primary pause-button" onClick={props.onPauseToggle} aria-keyshortcuts="Space">
          {props.paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="button" onClick={props.onSkip} aria-keyshortcuts="ArrowRight">
          Skip
        </button>
        {props.canMarkDone && (
          <button type="button" className="button primary" onClick={props.onDone} aria-keyshortcuts="Enter">
            Done
          </button>
        )}
      </div>
      <div className="player-controls-more" role="group" aria-label="More controls">
        {props.canExtend && (
          <button type="button" className="button" onClick={props.onExtend} aria-label="Add 10 seconds">
            +10 s
          </button>
        )}
        <button type="button" className="button" onClick={props.onRestartExercise}>
          Restart exercise
        </button>
        <button type="button" className="button danger" onClick={props.onEndWorkout}>
          End workout
        </button>
      </div>
      <p className="player-shortcuts">Keys: Space pauses or resumes, ← back, → skip, Enter done.</p>
    </div>
  );
}
