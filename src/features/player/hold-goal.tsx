import type { PersonalBest } from '../../stores/history-store';
import { clockText } from './format-time';

interface HoldGoalProps {
  readonly elapsedMs: number;
  readonly targetMs: number | null;
  readonly personalBest: PersonalBest | null;
}

/** Beside an open-ended hold's stopwatch: the best to beat (or the first target), and when it is beaten. */
export function HoldGoal({ elapsedMs, targetMs, personalBest }: HoldGoalProps) {
  const bestMs = personalBest?.heldMs ?? null;
  if (bestMs !== null) {
    const beaten = elapsedMs > bestMs;
    return <p className={`hold-goal${beaten ? ' beaten' : ''}`}>{beaten ? `New best! Your previous best was ${clockText(bestMs)}` : `Your best: ${clockText(bestMs)}. Beat it!`}</p>;
  }
  if (targetMs === null) return null;
  return <p className={`hold-goal${elapsedMs >= targetMs ? ' beaten' : ''}`}>{elapsedMs >= targetMs ? 'Target reached. Keep holding if you can.' : `First target: ${clockText(targetMs)}`}</p>;
}
