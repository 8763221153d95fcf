import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanStep, Session } from '../../engine/types';
import { routineName, stepExerciseName, stepSideLabel, type ExerciseLookup } from '../../shared/i18n/engine-text';
import type { Translate } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { createMediaSession } from '../../platform/media-session';
import { afterPaintIfVisible } from '../../shared/ui/after-paint-if-visible';
import { getSession } from '../../stores/session-store';
import { isRestStep, stepKindLabel } from './step-labels';

interface MediaSessionActions {
  readonly onPauseToggle: () => void;
  /** Next track: the next exercise. */
  readonly onSkip: () => void;
  /** Previous track: this exercise's start, then the previous exercise. */
  readonly onBack: () => void;
}

const isActive = (session: Session | null): session is Session => session?.status === 'running' || session?.status === 'paused';

/**
 * A headset's play/pause pauses and resumes the workout, next and previous go by exercise; the
 * lock screen or notification shows the exercise and side, and the routine (where the browser
 * shows them: see platform/media-session.ts). Actions read the session when they arrive: one
 * after the workout ended does nothing. The handlers are removed when the player closes or the
 * workout ends.
 */
export function useMediaSession(session: Session | null, actions: MediaSessionActions): void {
  const [media] = useState(createMediaSession);
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  const t = useT();
  const catalog = useCatalog();
  const active = isActive(session);

  useEffect(() => {
    if (!active) return;
    const whenStatus = (status: Session['status'], action: () => void) => () => {
      if (getSession()?.status === status) action();
    };
    const whenActive = (action: () => void) => () => {
      if (isActive(getSession())) action();
    };
    // After Start's paint (or at once on a locked phone, where the lock screen shows them).
    const cancel = afterPaintIfVisible(() =>
      media.setHandlers({
        play: whenStatus('paused', () => latest.current.onPauseToggle()),
        pause: whenStatus('running', () => latest.current.onPauseToggle()),
        nextTrack: whenActive(() => latest.current.onSkip()),
        previousTrack: whenActive(() => latest.current.onBack()),
      }),
    );
    return () => {
      cancel();
      media.clear();
    };
  }, [media, active]);

  const step = active ? session.plan.steps[session.stepIndex] : undefined;
  const nextStep = active ? session.plan.steps[session.stepIndex + 1] : undefined;
  const playing = session?.status === 'running';
  const routine = active ? routineName(session.plan.routineId, session.plan.routineName, catalog) : '';
  const title = useMemo(() => (step ? mediaTitle(step, nextStep, t, catalog) : null), [step, nextStep, t, catalog]);
  // Shown again only when its words or the play state change: not at each rep phase of a set,
  // whose title is the same (it was a MediaMetadata and two more tasks every 2 s).
  useEffect(() => {
    if (title === null) return;
    return afterPaintIfVisible(() => media.show({ title, artist: routine, album: t('shell.brand.name'), playing }));
  }, [media, title, playing, routine, t]);
}

/** The lock screen's title for a step, as the stage shows it: a rest between exercises is about the exercise that follows. */
function mediaTitle(step: PlanStep, nextStep: PlanStep | undefined, t: Translate, catalog: ExerciseLookup): string {
  const shown = step.kind === 'rest-between-exercises' && nextStep ? nextStep : step;
  const name = stepExerciseName(shown, catalog) ?? stepKindLabel(step.kind, t);
  const side = isRestStep(step) ? null : stepSideLabel(step, t, catalog);
  return isRestStep(step) ? `${stepKindLabel(step.kind, t)} · ${name}` : [name, side].filter(Boolean).join(' · ');
}
