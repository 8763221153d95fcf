import { startTransition, useEffect, useMemo, useState, type MouseEvent } from 'react';
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
import { activeMsUntilLastActive, getSavedAtMs, getSession, isStale, sessionActions, useOwnership, usePlayerPath, useSessionLifecycleKey } from '../../stores/session-store';
import { createDisplayClock, type DisplayClock } from './display-clock';
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

interface ReadyToStartProps {
  readonly routine: Routine;
  readonly plan: Plan;
  readonly playerPath: string;
  readonly effects: PlayerEffects;
  readonly display: DisplayClock;
  /** Whether the workout screen is drawn under the pre-start screen yet (Start then only uncovers it). */
  readonly drawnAhead: boolean;
}

/** The pre-start screen's content: another workout's notice, the outline, Start. */
function ReadyToStart({ routine, plan, playerPath, effects, display, drawnAhead }: ReadyToStartProps) {
  const catalog = useCatalog();
  const onStart = (event: MouseEvent<HTMLButtonElement>) => {
    const start = (nowMs: number) => sessionActions.workoutStarted(plan, playerPath, nowMs, afterNextPaint);
    const layer = event.currentTarget.closest<HTMLElement>('.pre-start-layer');
    if (drawnAhead && layer) uncoverThenStart(layer, start, effects, display);
    else startWorkout(Date.now(), start, effects, display);
  };
  return (
    <>
      <OtherWorkoutNotice playerPath={playerPath} />
      <PreStartScreen routine={routine} plan={plan} catalog={catalog} onStart={onStart} />
    </>
  );
}

/**
 * Whether to draw the workout screen under the pre-start screen yet: once the browser is idle
 * after the pre-start screen is shown, as a transition (rendered in slices between the user's
 * taps). Start then only uncovers it: drawing it at Start took 150 ms at a 4× CPU slowdown,
 * a third of it the first layout of its text.
 */
function useWorkoutDrawnAhead(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setDrawn(true))), []);
  return drawn;
}

/**
 * Starts a workout at `nowMs` (the tap's time), paints the countdown first, and only then saves
 * it, wakes the AudioContext (made earlier, while idle) and speaks: those took 55 ms and more
 * before the first paint (280 ms at a 4× CPU slowdown). Still within the gesture's user
 * activation, which browsers require for audio.
 */
function startWorkout(nowMs: number, start: (nowMs: number) => readonly Effect[], effects: PlayerEffects, display: DisplayClock): void {
  // The screen shows the tap's moment, in the same render as the new session.
  display.show(nowMs, true, null);
  const startEffects = start(nowMs);
  afterNextPaint(() => {
    effects.unlockAudio();
    // The effects' times are wall times; the runner measures them from now, not from the click.
    effects.run(startEffects, Date.now());
  });
}

/** How long a start waits for the uncovering frame at most: a page hidden at once paints no frame. */
const UNCOVER_FRAME_WAIT_MS = 250;

/**
 * Start over the workout screen drawn ahead: the tap hides the pre-start layer, so the next frame
 * shows the countdown drawn underneath, which is already what the started workout shows (its first
 * step at its full time). The workout starts after that paint, at the tap's time: the render that
 * makes the screen live (its keys, ticker and focus; the layer unmounted) took 50 to 70 ms at a 4×
 * CPU slowdown, which had delayed the countdown's first paint. The first second turns a second
 * after the tap, as the ticker counts from the session's start, not from its own.
 */
function uncoverThenStart(layer: HTMLElement, start: (nowMs: number) => readonly Effect[], effects: PlayerEffects, display: DisplayClock): void {
  const nowMs = Date.now();
  // React leaves `hidden` alone (it does not render it here) and unmounts the layer when live.
  layer.hidden = true;
  // Whichever comes first cancels the other.
  const startOnce = () => {
    window.clearTimeout(fallback);
    cancelFrame();
    startWorkout(nowMs, start, effects, display);
  };
  const cancelFrame = afterNextPaint(startOnce);
  const fallback = window.setTimeout(startOnce, UNCOVER_FRAME_WAIT_MS);
}

/** "Start it again" on an old workout: as Start. */
function startAfresh(plan: Plan, playerPath: string, effects: PlayerEffects, display: DisplayClock): void {
  startWorkout(Date.now(), (nowMs) => sessionActions.staleWorkoutRestarted(plan, playerPath, nowMs, afterNextPaint), effects, display);
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
  useSessionLifecycleKey(); // re-render when a workout starts, ends or is discarded
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
  const session = activePath === playerPath ? getSession() : null;
  // Decided once per visit: a session loaded from storage is "resumed"; its age is judged then.
  // (Read, not subscribed to: the save time moves at every step, and the page need not render for it.)
  const [arrival] = useState(() => ({ sessionStartedAtMs: session?.startedAtMs ?? null, stale: session !== null && isStale(getSavedAtMs(), Date.now()) }));
  const [staleDecided, setStaleDecided] = useState(false);

  const resolved = useMemo(
    () => resolvePlayerRoutine(target, { catalog, customRoutines: getCustomRoutines(), locationState: location.state }),
    // The target's fields, not its object, say when to look again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [target.kind, target.kind === 'exercise' ? target.exerciseId : target.routineId, location.state, customRoutinesReady, catalog],
  );
  // For Start, and for "Start it again" on an old workout.
  const options = usePlayerCompileOptions(resolved.ok ? resolved.routine : null);
  const compiled = useMemo(() => (resolved.ok ? compile(resolved.routine, catalog, options) : null), [resolved, catalog, options]);
  const drawnAhead = useWorkoutDrawnAhead();
  // The time the workout screen is shown at: one clock for the page, so that the screen drawn
  // ahead of Start and the running one are the same (see display-clock.ts).
  const [display] = useState(() => createDisplayClock(Date.now()));

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
        startAfresh(compiled?.ok ? compiled.plan : session.plan, playerPath, effects, display);
      };
      const savedAtMs = getSavedAtMs();
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
        <RunningWorkout key="workout" effects={effects} resumed={arrival.sessionStartedAtMs === session.startedAtMs} display={display} />
      </PlayerShell>
    );
  }
  // (compiled is null only when nothing resolved.)
  if (!resolved.ok || !compiled) {
    return (
      <PlayerShell title={t(target.kind === 'exercise' ? 'player.shell.exerciseNotFound' : 'player.shell.routineNotFound')}>
        <RoutineNotFound problem={resolved.ok ? '' : resolved.problem} />
      </PlayerShell>
    );
  }
  const title = routineName(resolved.routine.id, resolved.routine.name, catalog);
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
  // The workout screen, drawn ahead under the pre-start screen, is the same element as the
  // running workout's above (same place, same key): Start keeps it and only uncovers it.
  return (
    <PlayerShell title={title} outputProblem={effects.outputProblem} preStart={<ReadyToStart routine={resolved.routine} plan={compiled.plan} playerPath={playerPath} effects={effects} display={display} drawnAhead={drawnAhead} />}>
      {drawnAhead && <RunningWorkout key="workout" effects={effects} resumed={false} display={display} preview={compiled.plan} />}
    </PlayerShell>
  );
}
