import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDuration } from '../../shared/i18n/format';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { holdCounts } from '../../stores/formats/workout-format';
import { readExerciseWorkouts, type ExerciseWorkouts } from '../../stores/history-reads';
import { useHistoryRevision, usePersonalBest } from '../../stores/history-store';
import { HoldChart, type HoldPoint } from './hold-chart';
import './history.css';

/** Workouts the chart and its table show: the latest, enough for years of weekly use. */
const CHART_WORKOUTS = 200;

/** The exercise's workouts, read again after every change of the history; null while loading. */
function useExerciseWorkouts(exerciseId: string): ExerciseWorkouts | null {
  const revision = useHistoryRevision();
  const [read, setRead] = useState<ExerciseWorkouts | null>(null);
  useEffect(() => {
    let current = true;
    readExerciseWorkouts(exerciseId, CHART_WORKOUTS)
      .then((workouts) => current && setRead(workouts))
      .catch(() => current && setRead({ workouts: [], total: 0, setAside: 0 }));
    return () => {
      current = false;
    };
  }, [exerciseId, revision]);
  return read;
}

/** Per workout, the longest of its holds of the exercise that count (a cap reached counts once confirmed). */
function holdPoints(exerciseId: string, read: ExerciseWorkouts): HoldPoint[] {
  return read.workouts.flatMap((workout) => {
    const held = workout.maxHolds.filter((hold) => hold.exerciseId === exerciseId && holdCounts(hold)).map((hold) => hold.heldMs);
    return held.length > 0 ? [{ atMs: workout.endedAtMs, heldMs: Math.max(...held) }] : [];
  });
}

/** /history/exercises/:exerciseId: how often the exercise was done, its best hold, and its hold times. */
export default function ExerciseHistoryPage() {
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();
  const { exerciseId = '' } = useParams();
  const exercise = catalog.exercisesById.get(exerciseId);
  const title = exercise ? t('history.exercise.title', { exercise: exercise.name }) : t('history.exercise.notFound');
  usePageTitle(title);
  const read = useExerciseWorkouts(exerciseId);
  const best = usePersonalBest(exerciseId);
  return (
    <div className="history-page">
      <h1>{title}</h1>
      <p className="history-links">
        <Link to={paths.history()}>{t('history.exercise.back')}</Link>
        {exercise && <Link to={paths.exercise(exercise.id)}>{t('history.exercise.aboutLink')}</Link>}
      </p>
      {exercise && read === null && <p>{t('history.loading')}</p>}
      {exercise && read && (
        <>
          {read.setAside > 0 && (
            <p className="notice warning" role="status">
              {t('history.setAside', { count: read.setAside })}
            </p>
          )}
          <p>{t('history.exercise.count', { count: read.total })}</p>
          <p className="history-big">{best ? t('history.exercise.best', { time: formatDuration(best.heldMs, 'clock', language) }) : t('history.exercise.noBest')}</p>
          <HoldChart points={holdPoints(exerciseId, read)} />
        </>
      )}
    </div>
  );
}
