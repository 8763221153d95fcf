import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import type { CompileErrorCode } from '../../engine/compile-error';
import type { Effect, Plan } from '../../engine/types';
import { routineName } from '../../shared/i18n/engine-text';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { afterNextPaint } from '../../shared/ui/after-next-paint';
import { whenIdle } from '../../shared/ui/when-idle';
import { getCustomRoutines, useCustomRoutinesReady } from '../../stores/custom-routines-store';
import { activeMsUntilLastActive, getSession, isStale, sessionActions, useOwnership, usePlayerPath, useSavedAtMs, useSessionDisplayKey } from '../../stores/session-store';
import { PlayerShell } from './player-shell';
import { PreStartScreen } from './pre-start-screen';
import { resolvePlayerRoutine, type PlayerTarget } from './resolve-player-routine';
import { RoutineNotFound } from './routine-not-found';
import { RunningWorkout } from './running-workout';
import { StaleSessionOffer } from './stale-session-offer';
import { usePlayerCompileOptions } from './use-player-compile-options';
import { usePlayerEffects, type PlayerEffects } from './use-player-effects';
import { WorkoutElsewhere } from './workout-elsewhere';

/** Another workout is still saved: starting this one ends it (it goes to the history, not lost). */
function OtherWorkoutNotice({ playerPath }: { playerPath: string }) {
  const t = useT();
  const catalog = useCatalog();
  const activePath = usePlayerPath();
  const other = getSession();
  if (activePath === null || activePath === playerPath || !other || (other.status !== 'running' && other.status !== 'paused')) return null;
  return (
    <div className="notice" role="note">
      <p>
        {t('player.other.notFinished', { routine: planTitle(other.plan, catalog) })} <Link to={activePath}>{t('player.other.resume')}</Link>
        {t('player.other.orStart')}
      </p>
    </div>
  );
}

/** The compile error's code as the text's select key. */
const PROBLEM_KEYS: Readonly<Record<CompileErrorCode, string>> = {
  'unknown-exercise': 'unknownExercise',
  'empty-routine': 'emptyRoutine',
  'invalid-duration': 'invalidDuration',
  'too-many-steps': 'tooManySteps',
  'invalid-item': 'invalidItem',
};

/** The workout's name in the current language (a built-in routine's from the catalog). */
const planTitle = (plan: Plan, catalog: ReturnType<typeof useCatalog>) => routineName(plan.routineId, plan.routineName, catalog);

function ReadyToStart({ routine, playerPath, effects }: { routine: Routine; playerPath: string; effects: PlayerEffects }) {
  const t = useT();
  const catalog = useCatalog();
  const options = usePlayerCompileOptions(routine);
  const compiled = useMemo(() => compile(routine, catalog, options), [routine, catalog, options]);
  const title = routineName(routine.id, routine.name, catalog);
  if (!compiled.ok) {
    if (import.meta.env.DEV) console.warn('[player] cannot compile:', compiled.error.message);
    return (
      <PlayerShell title={title}>
        <p className="notice warning" role="alert">
          {t('player.cannotPlay', { problem: PROBLEM_KEYS[compiled.error.code], item: (compiled.error.itemIndex ?? 0) + 1 })}
        </p>
      </PlayerShell>
    );
  }
  const onStart = () => startWorkout((nowMs) => sessionActions.workoutStarted(compiled.plan, playerPath, nowMs, afterNextPaint), effects);
  return (
    <PlayerShell title={title} outputProblem={effects.outputProblem}>
      <OtherWorkoutNotice playerPath={playerPath} />
      <PreStartScreen routine={routine} plan={compiled.plan} catalog={catalog} onStart={onStart} />
    </PlayerShell>
  );
}

/**
 * Starts a workout at the click (its time is the click's), paints the countdown first, and only
 * then saves it, wakes the AudioContext (made earlier, while idle) and speaks: those took 55 ms and more
 * before the first paint (280 ms at a 4× CPU slowdown). Still within the gesture's user
 * activation, which browsers require for audio.
 */
function startWorkout(start: (nowMs: number) => readonly Effect[], effects: PlayerEffects): void {
  const startEffects = start(Date.now());
  afterNextPaint(() => {
    effects.unlockAudio();
    // The effects' times are wall times; the runner measures them from now, not from the click.
    effects.run(startEffects, Date.now());
  });
}

/** "Start it again" on an old workout: as Start. */
function startAfresh(plan: Plan, playerPath: string, effects: PlayerEffects): void {
  startWorkout((nowMs) => sessionActions.staleWorkoutRestarted(plan, playerPath, nowMs, afterNextPaint), effects);
}

function useTarget(): PlayerTarget {
  const params = useParams();
  return params.exerciseId !== undefined ? { kind: 'exercise', exerciseId: params.exerciseId } : { kind: 'routine', routineId: params.routineId ?? '' };
}

/**
 * /play/:routineId and /play/exercise/:exerciseId. Resumes the saved workout of this address
 * (offering a choice when it is over 6 hours old), or shows the routine ready to start.
 */
export default function PlayerPage() {
  const t = useT();
  const catalog = useCatalog();
  const target = useTarget();
  const location = useLocation();
  const playerPath = location.pathname;
  const effects = usePlayerEffects();
  useSessionDisplayKey(); // re-render when a workout starts, ends or is discarded
  const ownership = useOwnership();
  const customRoutinesReady = useCustomRoutinesReady();
  useEffect(() => void sessionActions.playerOpened(), []);
  // Another tab took the workout: drop the beeps and speech this tab had scheduled.
  const { run, prepareAudio } = effects;
  // The AudioContext is made while the user reads the outline, not in the moment after Start.
  useEffect(() => whenIdle(prepareAudio), [prepareAudio]);
  useEffect(() => {
    if (ownership === 'moved') run([{ type: 'cancel-scheduled' }], Date.now());
  }, [ownership, run]);
  const activePath = usePlayerPath();
  const savedAtMs = useSavedAtMs();
  const session = activePath === playerPath ? getSession() : null;
  // Decided once per visit: a session loaded from storage is "resumed"; its age is judged then.
  const [arrival] = useState(() => ({ sessionStartedAtMs: session?.startedAtMs ?? null, stale: session !== null && isStale(savedAtMs, Date.now()) }));
  const [staleDecided, setStaleDecided] = useState(false);

  const resolved = useMemo(
    () => resolvePlayerRoutine(target, { catalog, customRoutines: getCustomRoutines(), locationState: location.state }),
    // The target's fields, not its object, say when to look again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [target.kind, target.kind === 'exercise' ? target.exerciseId : target.routineId, location.state, customRoutinesReady, catalog],
  );
  // For "Start it again" on an old workout: the same options as a fresh start.
  const options = usePlayerCompileOptions(resolved.ok ? resolved.routine : null);

  // Until this tab knows whether another one runs the saved workout, it neither resumes nor offers it.
  const savedWorkoutActive = activePath !== null && (getSession()?.status === 'running' || getSession()?.status === 'paused');
  if ((ownership === 'checking' && savedWorkoutActive) || (!resolved.ok && !customRoutinesReady)) {
    return (
      <PlayerShell title={t('player.shell.workout')}>
        <p role="status">{t('player.shell.opening')}</p>
      </PlayerShell>
    );
  }
  if (ownership === 'elsewhere' || ownership === 'moved') {
    return (
      <PlayerShell title={session ? planTitle(session.plan, catalog) : t('player.shell.workout')}>
        <WorkoutElsewhere reason={ownership} playerPath={playerPath} />
      </PlayerShell>
    );
  }

  if (session) {
    const title = planTitle(session.plan, catalog);
    if (arrival.stale && !staleDecided && (session.status === 'running' || session.status === 'paused')) {
      const decide = (action: () => void) => () => {
        setStaleDecided(true);
        action();
      };
      const startAgain = () => {
        // The same routine as today's settings compile it; the saved plan when it cannot be found any more.
        const compiled = resolved.ok ? compile(resolved.routine, catalog, options) : null;
        startAfresh(compiled?.ok ? compiled.plan : session.plan, playerPath, effects);
      };
      return (
        <PlayerShell title={title}>
          <StaleSessionOffer
            routineName={title}
            savedAtMs={savedAtMs ?? session.startedAtMs}
            activeMs={activeMsUntilLastActive(session, savedAtMs)}
            onStartAgain={decide(startAgain)}
            onSaveWhatWasDone={decide(() => sessionActions.staleWorkoutSavedAsFinished())}
            onDiscard={decide(sessionActions.staleWorkoutDiscarded)}
          />
        </PlayerShell>
      );
    }
    return (
      <PlayerShell title={title} outputProblem={effects.outputProblem}>
        <RunningWorkout effects={effects} resumed={arrival.sessionStartedAtMs === session.startedAtMs} />
      </PlayerShell>
    );
  }
  if (!resolved.ok) {
    return (
      <PlayerShell title={t(target.kind === 'exercise' ? 'player.shell.exerciseNotFound' : 'player.shell.routineNotFound')}>
        <RoutineNotFound problem={resolved.problem} />
      </PlayerShell>
    );
  }
  return <ReadyToStart routine={resolved.routine} playerPath={playerPath} effects={effects} />;
}
