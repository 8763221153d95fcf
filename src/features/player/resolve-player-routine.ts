import * as v from 'valibot';
import type { Catalog } from '../../catalog/catalog-types';
import { routineSchema, type Routine } from '../../catalog/schema';
import { TRY_PREFIX } from '../../shared/i18n/engine-text';
import { translate } from '../../shared/i18n/i18n';
import { SHARED_ROUTINE_ID } from '../../shared/paths';

/** What the player route was asked to play. */
export type PlayerTarget = { readonly kind: 'routine'; readonly routineId: string } | { readonly kind: 'exercise'; readonly exerciseId: string };

export type ResolvedRoutine = { readonly ok: true; readonly routine: Routine } | { readonly ok: false; readonly problem: string };


/** "Try this exercise alone": a one-item routine made on the fly. */
export function singleExerciseRoutine(exerciseId: string, catalog: Pick<Catalog, 'exercisesById'>): Routine | null {
  const exercise = catalog.exercisesById.get(exerciseId);
  if (!exercise) return null;
  return {
    id: `${TRY_PREFIX}${exercise.id}`,
    name: exercise.name,
    purpose: translate('player.single.purpose'),
    region: exercise.region,
    level: exercise.level,
    items: [{ exerciseId: exercise.id }],
  };
}

function sharedRoutine(locationState: unknown): ResolvedRoutine {
  const candidate = typeof locationState === 'object' && locationState !== null ? (locationState as { routine?: unknown }).routine : undefined;
  if (candidate === undefined) return { ok: false, problem: translate('player.notFound.sharedMissing') };
  // It came from a link someone sent: untrusted until it passes the schema.
  const parsed = v.safeParse(routineSchema, candidate);
  if (parsed.success) return { ok: true, routine: parsed.output };
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  // The field and the schema's (English) message help whoever made the link; the sentence is the user's language.
  return { ok: false, problem: translate('player.notFound.sharedInvalid', { where: where ? `${where} ${issue?.message ?? ''}`.trim() : 'none' }) };
}

/** Finds what to play: a built-in routine, then the user's own, the shared one, or one exercise. */
export function resolvePlayerRoutine(
  target: PlayerTarget,
  sources: { readonly catalog: Pick<Catalog, 'exercisesById' | 'routinesById'>; readonly customRoutines: readonly Routine[]; readonly locationState: unknown },
): ResolvedRoutine {
  if (target.kind === 'exercise') {
    const routine = singleExerciseRoutine(target.exerciseId, sources.catalog);
    return routine ? { ok: true, routine } : { ok: false, problem: translate('player.notFound.exercise', { id: target.exerciseId }) };
  }
  const builtIn = sources.catalog.routinesById.get(target.routineId);
  if (builtIn) return { ok: true, routine: builtIn };
  const custom = sources.customRoutines.find((routine) => routine.id === target.routineId);
  if (custom) return { ok: true, routine: custom };
  if (target.routineId === SHARED_ROUTINE_ID) return sharedRoutine(sources.locationState);
  return { ok: false, problem: translate('player.notFound.routine', { id: target.routineId }) };
}
