import type { PersonalBest } from '../../stores/history-store';
import { formatDuration } from '../../shared/i18n/format';
import { useLanguage, useT } from '../../shared/i18n/use-translation';

interface HoldGoalProps {
  readonly elapsedMs: number;
  readonly targetMs: number | null;
  readonly personalBest: PersonalBest | null;
}

/** Beside an open-ended hold's stopwatch: the best to beat (or the first target), and when it is beaten. */
export function HoldGoal({ elapsedMs, targetMs, personalBest }: HoldGoalProps) {
  const t = useT();
  const language = useLanguage();
  const clockText = (ms: number) => formatDuration(ms, 'clock', language);
  const bestMs = personalBest?.heldMs ?? null;
  if (bestMs !== null) {
    const beaten = elapsedMs > bestMs;
    return <p className={`hold-goal${beaten ? ' beaten' : ''}`}>{beaten ? t('player.hold.newBest', { time: clockText(bestMs) }) : t('player.hold.best', { time: clockText(bestMs) })}</p>;
  }
  if (targetMs === null) return null;
  return <p className={`hold-goal${elapsedMs >= targetMs ? ' beaten' : ''}`}>{elapsedMs >= targetMs ? t('player.hold.targetReached') : t('player.hold.firstTarget', { time: clockText(targetMs) })}</p>;
}
