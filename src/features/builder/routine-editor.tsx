import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { MAX_ROUTINE_ITEMS, type Exercise, type Routine } from '../../catalog/schema';
import { compile } from '../../engine/compile';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { customRoutineActions, getRoutineRevision, useRoutineChangedElsewhere } from '../../stores/custom-routines-store';
import type { RoutineDraft } from '../../stores/routine-drafts-store';
import { usePlannedCompileOptions } from '../../stores/planned-compile-options';
import { checkDraft, type FieldErrors } from './check-draft';
import { DiscardChanges } from './discard-changes';
import { ExercisePicker } from './exercise-picker';
import { RoutineDetailsFields } from './routine-details-fields';
import { newDraftItem, withItems } from './routine-draft';
import { RoutineItemsList } from './routine-items-list';
import { RoutineTotal } from './routine-total';
import { useBuilderDraft } from './use-builder-draft';

interface RoutineEditorProps {
  readonly draftKey: string;
  readonly startingPoint: RoutineDraft;
  /** The saved routine's id when editing; null for a new routine (an id is made from its name). */
  readonly existingId: string | null;
}

/** Only shown after a save attempt: an empty name is not an error while the user has not got there. */
const untilSaveKeys = new Set(['name', 'purpose', 'items']);

function visible(errors: FieldErrors, showAll: boolean): FieldErrors {
  return showAll ? errors : new Map([...errors].filter(([key]) => !untilSaveKeys.has(key)));
}

/** Saves under the routine's own id, or (new) under an id the store makes from its name. */
async function saveRoutine(checked: Routine, existingId: string | null): Promise<Routine> {
  if (existingId === null) {
    const { id: _unsaved, ...routine } = checked;
    return customRoutineActions.routineCreated(routine);
  }
  const routine: Routine = { ...checked, id: existingId };
  await customRoutineActions.routineUpdated(routine);
  return routine;
}

/** What another tab did to this routine since this editor opened, or null. */
function useChangedInAnotherTab(existingId: string | null) {
  const [revisionAtStart] = useState(() => (existingId ? getRoutineRevision(existingId) : null));
  const changed = useRoutineChangedElsewhere(existingId);
  return changed && changed.revision !== revisionAtStart ? changed : null;
}

/** The builder form: details, the exercises, the live total, and save. */
export function RoutineEditor({ draftKey, startingPoint, existingId }: RoutineEditorProps) {
  const navigate = useNavigate();
  const { options } = usePlannedCompileOptions();
  const builder = useBuilderDraft(draftKey, startingPoint);
  const { draft, draftChanged } = builder;
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const changedElsewhere = useChangedInAnotherTab(existingId);
  const t = useT();
  const language = useLanguage();
  const catalog = useCatalog();

  const check = useMemo(
    () => checkDraft(draft, existingId ?? 'new-routine', { exercisesById: catalog.exercisesById, checkRoutine: (routine) => compile(routine, catalog, options), defaultRestSeconds: options.restSeconds }),
    // The language: the messages are sentences in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft, existingId, options, catalog, language],
  );
  const errors = visible(check.errors, showAllErrors);

  const exerciseAdded = useCallback(
    (exercise: Exercise) => {
      draftChanged((current) => withItems(current, [...current.items, newDraftItem(exercise.id)], catalog.exercisesById));
      setAnnouncement(t('manage.builder.added', { name: exercise.name, position: draft.items.length + 1 }));
    },
    [catalog, draft.items.length, draftChanged, t],
  );

  const saved = async (event: FormEvent) => {
    event.preventDefault();
    setShowAllErrors(true);
    if (!check.routine) {
      // Let React render the messages first, then take the user to the first one.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const routine = await saveRoutine(check.routine, existingId);
    builder.draftSaved();
    navigate(paths.myRoutines(), { state: { savedRoutineName: routine.name } });
  };

  const problemCount = check.errors.size;
  return (
    <form ref={formRef} className="routine-editor" onSubmit={(event) => void saved(event)} noValidate>
      {builder.restored && (
        <p className="notice" role="status">
          {t('manage.builder.restored')}
        </p>
      )}
      {changedElsewhere && (
        <p className="notice warning" role="status">
          {changedElsewhere.name === null
            ? t('manage.builder.deletedElsewhere')
            : t('manage.builder.savedElsewhere', { name: changedElsewhere.name })}
        </p>
      )}
      <RoutineDetailsFields draft={draft} errors={errors} onChange={draftChanged} />
      <section aria-labelledby="routine-items-heading" className="builder-section">
        <h2 id="routine-items-heading">{t('manage.builder.exercisesHeading')}</h2>
        <RoutineTotal plan={check.plan} itemCount={draft.items.length} />
        {errors.get('items') && <p className="field-error">{errors.get('items')}</p>}
        {errors.get('routine') && <p className="field-error">{errors.get('routine')}</p>}
        {draft.items.length === 0 ? (
          <p>{t('manage.builder.noExercises')}</p>
        ) : (
          <RoutineItemsList
            items={draft.items}
            exercisesById={catalog.exercisesById}
            plan={check.plan}
            errors={errors}
            defaultRestSeconds={options.restSeconds}
            onItemsChange={(change) => draftChanged((current) => withItems(current, change(current.items), catalog.exercisesById))}
            announce={setAnnouncement}
          />
        )}
      </section>
      <ExercisePicker exercises={catalog.exercises} onAdd={exerciseAdded} full={draft.items.length >= MAX_ROUTINE_ITEMS} />
      {showAllErrors && problemCount > 0 && (
        <p className="notice warning" role="alert">
          {t('manage.builder.notSaved', { count: problemCount })}
        </p>
      )}
      <div className="builder-actions">
        <button type="submit" className="primary">
          {t('manage.builder.save')}
        </button>
        <DiscardChanges dirty={builder.dirty} onDiscard={builder.changesDiscarded} isNew={existingId === null} />
      </div>
      {builder.dirty && <p className="field-hint">{t('manage.builder.keptHint')}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
