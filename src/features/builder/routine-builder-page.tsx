import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { translate, type MessageKey } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { useCustomRoutine, useCustomRoutines, useCustomRoutinesReady } from '../../stores/custom-routines-store';
import { useRoutineDraftsReady } from '../../stores/routine-drafts-store';
import type { RoutineDraft } from '../../stores/routine-drafts-store';
import { draftFromRoutine, emptyDraft } from './routine-draft';
import { RoutineEditor } from './routine-editor';
import './builder.css';

type BuilderTarget =
  | {
      readonly kind: 'ready';
      /** The heading, said in the active language when shown. */
      readonly heading: { readonly key: MessageKey; readonly name?: string };
      readonly draftKey: string;
      readonly startingPoint: RoutineDraft;
      readonly existingId: string | null;
    }
  | { readonly kind: 'missing' };

/** "Customize" from a routine page arrives with `state: { fromRoutineId }`. */
function fromRoutineIdOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('fromRoutineId' in state)) return null;
  const { fromRoutineId } = state as { fromRoutineId: unknown };
  return typeof fromRoutineId === 'string' ? fromRoutineId : null;
}

function copyOf(source: Routine): RoutineDraft {
  const draft = draftFromRoutine(source);
  return { ...draft, name: translate('manage.builder.myVersionName', { name: source.name }).slice(0, 100) };
}

function useBuilderTarget(): BuilderTarget {
  const { routineId } = useParams();
  const location = useLocation();
  const editing = useCustomRoutine(routineId);
  const customRoutines = useCustomRoutines();
  const fromRoutineId = fromRoutineIdOf(location.state);
  const catalog = useCatalog();
  return useMemo((): BuilderTarget => {
    if (routineId !== undefined) {
      if (!editing) return { kind: 'missing' };
      return { kind: 'ready', heading: { key: 'manage.builder.editHeading', name: editing.name }, draftKey: editing.id, startingPoint: draftFromRoutine(editing), existingId: editing.id };
    }
    const source = fromRoutineId ? (catalog.routinesById.get(fromRoutineId) ?? customRoutines.find((routine) => routine.id === fromRoutineId)) : undefined;
    if (source) {
      return { kind: 'ready', heading: { key: 'manage.builder.customizeHeading', name: source.name }, draftKey: `copy-of:${source.id}`, startingPoint: copyOf(source), existingId: null };
    }
    return { kind: 'ready', heading: { key: 'manage.builder.newHeading' }, draftKey: 'new', startingPoint: emptyDraft(), existingId: null };
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
    <LoadingBuilder />
  );
}

function LoadingBuilder() {
  const t = useT();
  return (
    <section className="page builder-page">
      <p role="status">{t('manage.loadingRoutines')}</p>
    </section>
  );
}

function ReadyBuilderPage() {
  const target = useBuilderTarget();
  const t = useT();
  const heading = target.kind === 'ready' ? t(target.heading.key, target.heading.name === undefined ? undefined : { name: target.heading.name }) : t('manage.builder.notFound');
  usePageTitle(heading);
  if (target.kind === 'missing') {
    return (
      <section className="page narrow">
        <h1>{t('manage.builder.notFound')}</h1>
        <p>{t('manage.builder.notFoundText')}</p>
        <Link to={paths.myRoutines()}>{t('manage.backToMyRoutines')}</Link>
      </section>
    );
  }
  return (
    <section className="page builder-page">
      <h1>{heading}</h1>
      <RoutineEditor key={target.draftKey} draftKey={target.draftKey} startingPoint={target.startingPoint} existingId={target.existingId} />
    </section>
  );
}
