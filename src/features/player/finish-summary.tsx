import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Plan } from '../../engine/types';
import { exerciseName } from '../../shared/i18n/engine-text';
import { formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import type { FinishedWorkout } from '../../stores/session-store';
import { durationWords } from './format-time';

interface FinishSummaryProps {
  readonly plan: Plan;
  readonly finished: FinishedWorkout;
  readonly onAgain: () => void;
  readonly onRetrySave: () => void;
}

/** Whether the workout reached the history; it stays on this screen until it does. */
function SaveStatus({ status, onRetrySave }: { status: FinishedWorkout['saveStatus']; onRetrySave: () => void }) {
  const t = useT();
  if (status !== 'failed') return null;
  return (
    <div className="notice warning" role="alert">
      <p>{t('player.summary.saveFailed')}</p>
      <button type="button" className="primary" onClick={onRetrySave}>
        {t('player.summary.retry')}
      </button>
    </div>
  );
}

/** The end: how long, what was done and skipped, and any new personal best. */
export function FinishSummary({ plan, finished, onAgain, onRetrySave }: FinishSummaryProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const { record, newBests } = finished;
  const nameOf = (exerciseId: string) => exerciseName(exerciseId, catalog);
  return (
    <div className="finish-summary">
      <h2 ref={heading} tabIndex={-1}>
        {t(record.completed ? 'player.summary.complete' : 'player.summary.ended')}
      </h2>
      <SaveStatus status={finished.saveStatus} onRetrySave={onRetrySave} />
      <dl className="summary-figures">
        <div>
          <dt>{t('player.summary.time')}</dt>
          <dd>{durationWords(record.activeMs, language)}</dd>
        </div>
        <div>
          <dt>{t('player.summary.done')}</dt>
          <dd>{t('player.summary.doneValue', { done: record.exercisesDone.length, count: plan.outline.length })}</dd>
        </div>
        <div>
          <dt>{t('player.summary.skipped')}</dt>
          <dd>{record.exercisesSkipped.length}</dd>
        </div>
      </dl>
      {newBests.length > 0 && (
        <section className="new-bests" aria-labelledby="new-bests-title">
          <h3 id="new-bests-title">{t('player.summary.newBests', { count: newBests.length })}</h3>
          <ul>
            {newBests.map((best) => (
              <li key={best.exerciseId}>
                {t('player.summary.held', { exercise: nameOf(best.exerciseId), time: formatDuration(best.heldMs, 'clock', language) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.exercisesSkipped.length > 0 && (
        <p>{t('player.summary.skippedList', { exercises: record.exercisesSkipped.map(nameOf).join(', ') })}</p>
      )}
      <div className="summary-actions">
        <button type="button" className="button" onClick={onAgain}>
          {t('player.summary.again')}
        </button>
        <Link className="button primary" to={paths.home()}>
          {t('player.summary.home')}
        </Link>
      </div>
    </div>
  );
}
