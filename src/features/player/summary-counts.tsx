import type { ExerciseOutcome, ExerciseOutcomeRecord, SessionRecord } from '../../engine/types';
import type { Translate } from '../../shared/i18n/i18n';

/** How many exercises of the routine had each outcome (README "Summary counts"). */
export function outcomeCounts(record: SessionRecord): Record<ExerciseOutcome, number> {
  const counts: Record<ExerciseOutcome, number> = { done: 0, 'ended-early': 0, skipped: 0, 'not-reached': 0 };
  for (const exercise of record.exercises) counts[exercise.outcome] += 1;
  return counts;
}

/** "3 of 5 done, 1 ended early, 1 skipped" (counts of 0 are left out). */
export function countsText(record: SessionRecord, exerciseCount: number, t: Translate): string {
  const counts = outcomeCounts(record);
  return t('player.summary.exercisesValue', {
    done: counts.done,
    count: exerciseCount,
    endedEarly: counts['ended-early'],
    skipped: counts.skipped,
    notReached: counts['not-reached'],
  });
}

/** Which exercises ended early (with their reps, for rep exercises), were skipped, were not reached. */
export function OutcomeLists({ record, nameOf, t }: { record: SessionRecord; nameOf: (exerciseId: string) => string; t: Translate }) {
  // The reps say how far a rep exercise got; only an exercise ended early got part of the way.
  const named = (exercise: ExerciseOutcomeRecord) =>
    exercise.outcome !== 'ended-early' || exercise.repCount === undefined || exercise.repsDone === undefined
      ? nameOf(exercise.exerciseId)
      : t('player.summary.withReps', { exercise: nameOf(exercise.exerciseId), done: exercise.repsDone, count: exercise.repCount });
  const list = (outcome: ExerciseOutcome) => record.exercises.filter((exercise) => exercise.outcome === outcome).map(named).join(', ');
  const endedEarly = list('ended-early');
  const skipped = list('skipped');
  const notReached = list('not-reached');
  return (
    <>
      {endedEarly && <p>{t('player.summary.endedEarlyList', { exercises: endedEarly })}</p>}
      {skipped && <p>{t('player.summary.skippedList', { exercises: skipped })}</p>}
      {notReached && <p>{t('player.summary.notReachedList', { exercises: notReached })}</p>}
    </>
  );
}
