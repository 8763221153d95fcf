import { workoutEnding } from '../../engine/record';
import { exerciseName, routineName } from '../../shared/i18n/engine-text';
import { formatDate, formatDuration } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { selectKey } from '../../shared/i18n/select-key';
import type { StoredWorkout } from '../../stores/formats/workout-format';

/** As the summary's heading said (one rule, engine/record.ts): a workout skipped to its end is not "Completed". */
const ENDING_KEYS = { 'all-done': 'history.workout.completed', 'end-reached': 'history.workout.endReached', ended: 'history.workout.ended' } as const;

interface WorkoutItemProps {
  readonly workout: StoredWorkout;
  readonly onDelete: (routine: string, date: string) => void;
  readonly busy: boolean;
}

/** Each open-ended hold as "Exercise, right, hold 2: 0:20", numbered per exercise and side. */
function useHoldLines(workout: StoredWorkout): string[] {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const numbers = new Map<string, number>();
  return workout.maxHolds.map((hold) => {
    const key = `${hold.exerciseId}:${hold.side ?? ''}`;
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    const values = { exercise: exerciseName(hold.exerciseId, catalog), side: hold.side ?? 'none', number, time: formatDuration(hold.heldMs, 'clock', language) };
    const key2: MessageKey = hold.capReached ? 'history.workout.capped' : 'history.workout.hold';
    return t(key2, { ...values, confirmed: hold.capConfirmed ? 'yes' : 'no' });
  });
}

/** One stored workout with everything it recorded: when, how long, each exercise and hold, the rating and note. */
export function WorkoutItem({ workout, onDelete, busy }: WorkoutItemProps) {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const holds = useHoldLines(workout);
  const routine = routineName(workout.routineId, workout.routineName, catalog);
  const date = formatDate(workout.startedAtMs, 'day-and-time', language);
  const titleId = `workout-${workout.startedAtMs}-${workout.routineId}`;
  return (
    <article className="history-workout" aria-labelledby={titleId}>
      <h4 id={titleId}>{routine}</h4>
      <p className="history-hint">
        <time dateTime={new Date(workout.startedAtMs).toISOString()}>{date}</time>
      </p>
      <dl className="history-figures">
        <div>
          <dt>{t('history.workout.duration')}</dt>
          <dd>{formatDuration(workout.endedAtMs - workout.startedAtMs, 'precise', language)}</dd>
        </div>
        <div>
          <dt>{t('history.workout.active')}</dt>
          <dd>{formatDuration(workout.activeMs, 'precise', language)}</dd>
        </div>
        {workout.rating && (
          <div>
            <dt>{t('history.workout.rating')}</dt>
            <dd>{t('history.rating.value', { rating: selectKey(workout.rating) })}</dd>
          </div>
        )}
      </dl>
      <p>{t(ENDING_KEYS[workoutEnding(workout)])}</p>
      {workout.note && (
        <div className="history-note">
          <h5>{t('history.workout.note')}</h5>
          <p>{workout.note}</p>
        </div>
      )}
      {workout.exercises.length > 0 && (
        <details>
          <summary>{t('history.workout.exercises')}</summary>
          <ul>
            {workout.exercises.map((exercise) => (
              <li key={exercise.itemIndex}>{t('history.workout.outcome', { exercise: exerciseName(exercise.exerciseId, catalog), outcome: selectKey(exercise.outcome) })}</li>
            ))}
          </ul>
        </details>
      )}
      {holds.length > 0 && (
        <div>
          <h5>{t('history.workout.holds')}</h5>
          <ul>
            {holds.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button" disabled={busy} aria-label={t('history.workout.deleteLabel', { routine, date })} onClick={() => onDelete(routine, date)}>
        {t('history.workout.delete')}
      </button>
    </article>
  );
}
