import { memo } from 'react';
import { useT } from '../../shared/i18n/use-translation';

export interface PlayerControlHandlers {
  readonly onPauseToggle: () => void;
  /** To the start of this exercise; at its start, to the previous exercise. */
  readonly onBack: () => void;
  /** To the next exercise (the rest before it, or its get-ready). */
  readonly onSkip: () => void;
  /** One phase, part or side on. */
  readonly onNextStep: () => void;
  /** One phase, part or side back. */
  readonly onPreviousStep: () => void;
  readonly onExtend: () => void;
  readonly onDone: () => void;
  readonly onRestartExercise: () => void;
  readonly onEndWorkout: () => void;
}

/** What Done does here: ends an open-ended hold, or ends a set of reps; null where it does nothing. */
export type DoneMeaning = 'hold' | 'set' | null;

interface PlayerControlsProps extends PlayerControlHandlers {
  /** False while the screen is drawn ahead of Start, covered: out of the Tab order. */
  readonly focusable: boolean;
  readonly paused: boolean;
  readonly done: DoneMeaning;
  readonly canExtend: boolean;
}

/**
 * The workout's buttons: big for the moves people make on the mat (back, pause, next exercise,
 * done), small for the fine ones (a step back or on), named for what they do, reachable by
 * keyboard (shortcuts in the hint).
 */
/** Memoized: the workout screen re-renders at each step, cue and pause; the controls only when their props change. */
export const PlayerControls = memo(function PlayerControls(props: PlayerControlsProps) {
  const t = useT();
  const tabIndex = props.focusable ? undefined : -1;
  return (
    <div className="player-controls">
      <div className="player-controls-main" role="group" aria-label={t('player.controls.group')}>
        <button type="button" tabIndex={tabIndex} className="button" onClick={props.onBack} aria-keyshortcuts="ArrowLeft">
          {t('player.controls.back')}
        </button>
        <button type="button" tabIndex={tabIndex} className="button primary pause-button" onClick={props.onPauseToggle} aria-keyshortcuts="Space">
          {t(props.paused ? 'player.controls.resume' : 'player.controls.pause')}
        </button>
        <button type="button" tabIndex={tabIndex} className="button" onClick={props.onSkip} aria-keyshortcuts="ArrowRight">
          {t('player.controls.skip')}
        </button>
        {props.done && (
          <button type="button" tabIndex={tabIndex} className="button done-button" onClick={props.onDone} aria-keyshortcuts="Enter">
            {t(props.done === 'set' ? 'player.controls.endSet' : 'player.controls.done')}
          </button>
        )}
      </div>
      {/* One step on is a lesser control, in the lesser row: a row of its own pushed the main
          controls off a 390 × 844 screen. One step back stays on the keyboard (Shift+←). */}
      <div className="player-controls-more" role="group" aria-label={t('player.controls.more')}>
        <button type="button" tabIndex={tabIndex} className="button step-button" onClick={props.onNextStep} aria-keyshortcuts="Shift+ArrowRight">
          {t('player.controls.nextStep')}
        </button>
        {props.canExtend && (
          <button type="button" tabIndex={tabIndex} className="button" onClick={props.onExtend} aria-label={t('player.controls.extendLabel')}>
            {t('player.controls.extend')}
          </button>
        )}
        <button type="button" tabIndex={tabIndex} className="button" onClick={props.onRestartExercise}>
          {t('player.controls.restart')}
        </button>
        <button type="button" tabIndex={tabIndex} className="button danger" onClick={props.onEndWorkout}>
          {t('player.controls.end')}
        </button>
      </div>
      <p className="player-shortcuts">{t('player.controls.keys')}</p>
    </div>
  );
});
