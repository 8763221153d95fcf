import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { catalog } from '../../catalog/catalog';
import type { Routine } from '../../catalog/schema';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { useCustomRoutine, useCustomRoutines, useCustomRoutinesReady } from '../../stores/custom-routines-store';
import { useRoutineDraftsReady } from '../../stores/routine-drafts-store';
import type { RoutineDraft } from '../../stores/routine-drafts-store';
import { draftFromRoutine, emptyDraft } from './routine-draft';
import { RoutineEditor } from './routine-editor';
import './builder.css';

type BuilderTarget =
  | { readonly kind: 'ready'; readonly heading: string; readonly draftKey: string; readonly startingPoint: RoutineDraft; readonly existingId: string | null }
  | { readonly kind: 'missing' };

/** "Customize" from a routine page arrives with `state: { fromRoutineId }`. */
function fromRoutineIdOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('fromRoutineId' in state)) return null;
  const { fromRoutineId } = state as { fromRoutineId: unknown };
  return typeof fromRoutineId === 'string' ? fromRoutineId : null;
}

function copyOf(source: Routine): RoutineDraft {
  const draft = draftFromRoutine(source);
  return { ...draft, name: `${source.name} (my version)`.slice(0, 100) };
}

function useBuilderTarget(): BuilderTarget {
  const { routineId } = useParams();
  const location = useLocation();
  const editing = useCustomRoutine(routineId);
  const customRoutines = useCustomRoutines();
  const fromRoutineId = fromRoutineIdOf(location.state);
  return useMemo((): BuilderTarget => {
    if (routineId !== undefined) {
      if (!editing) return { kind: 'missing' };
      return { kind: 'ready', heading: `Edit “${editing.name}”`, draftKey: editing.id, startingPoint: draftFromRoutine(editing), existingId: editing.id };
    }
    const source = fromRoutineId ? (catalog.routinesById.get(fromRoutineId) ?? customRoutines.find((routine) => routine.id === fromRoutineId)) : undefined;
    if (source) return { kind: 'ready', heading: `Customize “${source.name}”`, draftKey: `copy-of:${source.id}`, startingPoint: copyOf(source), existingId: null };
    return { kind: 'ready', heading: 'New routine', draftKey: 'new', startingPoint: emptyDraft(), existingId: null };
    // The routine list changes on every save; the starting point must not move under the user's feet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routineId, editing?.id, fromRoutineId]);
}

/** The builder needs the saved routines and drafts (read from IndexedDB when the app opens). */
export default function RoutineBuilderPage() {
  const routinesReady = useCustomRoutinesReady();
  const draftsReady = useRoutineDraftsReady();
  return routinesReady && draftsReady ? (
    <ReadyBuilderPage />
  ) : (
    <section className="page builder-page">
      <p role="status">Loading your routines…</p>
    </section>
  );
}

function ReadyBuilderPage() {
  const target = useBuilderTarget();
  usePageTitle(target.kind === 'ready' ? target.heading : 'Routine not found');
  if (target.kind === 'missing') {
    return (
      <section className="page narrow">
        <h1>Routine not found</h1>
        <p>This routine is not saved on this device. It may have been deleted.</p>
        <Link to={paths.myRoutines()}>Back to my routines</Link>
      </section>
    );
  }
  return (
    <section className="page builder-page">
      <h1>{target.heading}</h1>
      <RoutineEditor key={target.draftKey} draftKey={target.draftKey} startingPoint={target.startingPoint} existingId={target.existingId} />
    </section>
  );
}
