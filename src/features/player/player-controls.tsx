import { useT } from '../../shared/i18n/use-translation';

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
  const t = useT();
  return (
    <div className="player-controls">
      <div className="player-controls-main" role="group" aria-label={t('player.controls.group')}>
        <button type="button" className="button" onClick={props.onBack} aria-keyshortcuts="ArrowLeft">
          {t('player.controls.back')}
        </button>
        <button type="button" className="button primary pause-button" onClick={props.onPauseToggle} aria-keyshortcuts="Space">
          {t(props.paused ? 'player.controls.resume' : 'player.controls.pause')}
        </button>
        <button type="button" className="button" onClick={props.onSkip} aria-keyshortcuts="ArrowRight">
          {t('player.controls.skip')}
        </button>
        {props.canMarkDone && (
          <button type="button" className="button primary" onClick={props.onDone} aria-keyshortcuts="Enter">
            {t('player.controls.done')}
          </button>
        )}
      </div>
      <div className="player-controls-more" role="group" aria-label={t('player.controls.more')}>
        {props.canExtend && (
          <button type="button" className="button" onClick={props.onExtend} aria-label={t('player.controls.extendLabel')}>
            {t('player.controls.extend')}
          </button>
        )}
        <button type="button" className="button" onClick={props.onRestartExercise}>
          {t('player.controls.restart')}
        </button>
        <button type="button" className="button danger" onClick={props.onEndWorkout}>
          {t('player.controls.end')}
        </button>
      </div>
      <p className="player-shortcuts">{t('player.controls.keys')}</p>
    </div>
  );
}
