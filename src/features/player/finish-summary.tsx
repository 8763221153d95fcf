import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { workoutEnding } from '../../engine/record';
import type { Plan } from '../../engine/types';
import { exerciseName } from '../../shared/i18n/engine-text';
import { formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import type { PersonalBest } from '../../stores/history-store';
import type { FinishedWorkout } from '../../stores/session-store';
import { CappedHoldQuestion } from './capped-hold-question';
import { durationWords } from './format-time';
import { countsText, OutcomeLists } from './summary-counts';
import { WorkoutFeedback } from './workout-feedback';

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

/** The bests of the workout and those its confirmed capped holds set: the longest per exercise. */
function mergedBests(first: readonly PersonalBest[], later: readonly PersonalBest[]): PersonalBest[] {
  const byExercise = new Map<string, PersonalBest>();
  for (const best of [...first, ...later]) {
    const known = byExercise.get(best.exerciseId);
    if (!known || best.heldMs > known.heldMs) byExercise.set(best.exerciseId, best);
  }
  return [...byExercise.values()];
}

/** "Well done" only for a workout whose every exercise was done; one that skipped to the end has reached its end, no more. */
const HEADING_KEYS = { 'all-done': 'player.summary.complete', 'end-reached': 'player.summary.reachedEnd', ended: 'player.summary.ended' } as const;

/** The end: how long, how each exercise went, the capped holds to confirm, and any new personal best. */
export function FinishSummary({ plan, finished, onAgain, onRetrySave }: FinishSummaryProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const { record } = finished;
  const [confirmedBests, setConfirmedBests] = useState<readonly PersonalBest[]>([]);
  const newBests = mergedBests(finished.newBests, confirmedBests);
  const nameOf = (exerciseId: string) => exerciseName(exerciseId, catalog);
  const cappedHolds = record.maxHolds.flatMap((hold, holdIndex) => (hold.capReached ? [{ hold, holdIndex }] : []));
  const holdName = (exerciseId: string, holdIndex: number) => {
    const ofExercise = cappedHolds.filter(({ hold }) => hold.exerciseId === exerciseId);
    if (ofExercise.length < 2) return nameOf(exerciseId);
    return t('player.summary.capped.numbered', { exercise: nameOf(exerciseId), number: ofExercise.findIndex((each) => each.holdIndex === holdIndex) + 1 });
  };
  return (
    <div className="finish-summary">
      <h2 ref={heading} tabIndex={-1}>
        {t(HEADING_KEYS[workoutEnding(record)])}
      </h2>
      <SaveStatus status={finished.saveStatus} onRetrySave={onRetrySave} />
      <dl className="summary-figures">
        <div>
          <dt>{t('player.summary.time')}</dt>
          <dd>{durationWords(record.activeMs, language)}</dd>
        </div>
        <div>
          <dt>{t('player.summary.exercises')}</dt>
          <dd className="summary-counts">{countsText(record, plan.outline.length, t)}</dd>
        </div>
      </dl>
      <OutcomeLists record={record} nameOf={nameOf} t={t} />
      {/* Asked once the workout is stored: the answer changes the stored row. */}
      {finished.saveStatus === 'saved' &&
        cappedHolds.map(({ hold, holdIndex }) => (
          <CappedHoldQuestion
            key={holdIndex}
            record={record}
            holdIndex={holdIndex}
            holdName={holdName(hold.exerciseId, holdIndex)}
            onNewBest={(best) => setConfirmedBests((known) => [...known, best])}
          />
        ))}
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
      {finished.saveStatus === 'saved' && <WorkoutFeedback record={record} />}
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
