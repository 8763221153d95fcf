import type { PersonalBest } from '../../stores/history-store';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

interface HoldGoalProps {
  /** Whether the hold has passed the best (or, with none yet, reached the first target): see goalReached. */
  readonly reached: boolean;
  readonly targetMs: number | null;
  readonly personalBest: PersonalBest | null;
}

/** Whether a hold of `elapsedMs` has beaten the best, or, with no best yet, reached the first target. */
export function goalReached(elapsedMs: number, targetMs: number | null, personalBest: PersonalBest | null): boolean {
  if (personalBest) return elapsedMs > personalBest.heldMs;
  return targetMs !== null && elapsedMs >= targetMs;
}

/** Beside an open-ended hold's stopwatch: the best to beat (or the first target), and when it is beaten. */
export function HoldGoal({ reached, targetMs, personalBest }: HoldGoalProps) {
  const t = useT();
  const language = useLanguage();
  const clockText = (ms: number) => formatDuration(ms, 'clock', language);
  if (personalBest) {
    const time = clockText(personalBest.heldMs);
    return <p className={`hold-goal${reached ? ' beaten' : ''}`}>{reached ? t('player.hold.newBest', { time }) : t('player.hold.best', { time })}</p>;
  }
  if (targetMs === null) return null;
  return <p className={`hold-goal${reached ? ' beaten' : ''}`}>{reached ? t('player.hold.targetReached') : t('player.hold.firstTarget', { time: clockText(targetMs) })}</p>;
}
