import { viewAt } from '../engine/view';
import type { Session } from '../engine/types';
import { exerciseName, sideLabel } from '../shared/i18n/engine-text';
import { formatDuration } from '../shared/i18n/format';
import { currentLanguage, translate } from '../shared/i18n/i18n';
import { getCatalog } from '../shared/i18n/use-catalog';
import type { SessionPlace } from './resumable-session';

/** The seconds the player's timer shows: a countdown rounds up, a stopwatch (open-ended hold) down. */
function shownMs(remainingMs: number | null, elapsedMs: number): number {
  return remainingMs === null ? elapsedMs : Math.ceil(remainingMs / 1000) * 1000;
}

/**
 * Where the workout stands, for Home's "Resume workout" card: the step's kind, the exercise and
 * side, and the time its timer shows. The names are written now, in the active language: Home's
 * first paint has no catalog (it is too big for the first load), so the card reads them from here.
 */
export function sessionPlace(session: Session, sessionId: string, savedAtMs: number, nowMs: number): SessionPlace | null {
  if (session.status !== 'running' && session.status !== 'paused') return null;
  const view = viewAt(session, nowMs);
  const { step } = view;
  // A rest between exercises is shown as the rest before the next one (as the player shows it).
  const about = step.kind === 'rest-between-exercises' ? (view.nextStep ?? step) : step;
  if (about.exerciseId === null) return null;
  const language = currentLanguage();
  const catalog = getCatalog();
  const item = step.itemIndex ?? session.plan.outline.length - 1;
  return {
    sessionId,
    savedAtMs,
    paused: session.status === 'paused',
    where: step.kind === 'get-ready' ? 'get-ready' : step.kind === 'rest-between-exercises' ? 'rest' : 'exercise',
    timeShown: formatDuration(shownMs(view.stepRemainingMs, view.stepElapsedMs), 'clock', language),
    timeCounts: view.stepRemainingMs === null ? 'held' : 'left',
    exerciseNumber: (step.kind === 'rest-between-exercises' ? item + 1 : item) + 1,
    exerciseCount: session.plan.outline.length,
    language,
    exerciseName: exerciseName(about.exerciseId, catalog),
    sideLabel: step.kind === 'rest-between-exercises' || step.kind === 'rest-between-sets' || step.side === null ? null : sideLabel(step.exerciseId, step.side, translate, catalog),
  };
}
