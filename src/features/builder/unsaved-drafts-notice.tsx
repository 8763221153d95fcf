import { Link } from 'react-router';
import type { Translate } from '../../shared/i18n/i18n';
import { useCatalog } from '../../shared/i18n/use-catalog';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { useCustomRoutines } from '../../stores/custom-routines-store';
import { useRoutineDraftKeys } from '../../stores/routine-drafts-store';

const COPY_PREFIX = 'copy-of:';

/** Where each kept draft is edited, and what to call it. */
function draftLink(draftKey: string, routineNames: ReadonlyMap<string, string>, t: Translate) {
  if (draftKey === 'new') return { label: t('manage.drafts.continueNew'), to: paths.newRoutine(), state: undefined };
  if (draftKey.startsWith(COPY_PREFIX)) {
    const sourceId = draftKey.slice(COPY_PREFIX.length);
    const name = routineNames.get(sourceId);
    return name ? { label: t('manage.drafts.continueCopy', { name }), to: paths.newRoutine(), state: { fromRoutineId: sourceId } } : null;
  }
  const name = routineNames.get(draftKey);
  return name ? { label: t('manage.drafts.continueEdit', { name }), to: paths.editRoutine(draftKey), state: undefined } : null;
}

/** Unsaved work in the builder, so that leaving it is never a silent loss. */
export function UnsavedDraftsNotice() {
  const draftKeys = useRoutineDraftKeys();
  const customRoutines = useCustomRoutines();
  const catalog = useCatalog();
  const t = useT();
  const names = new Map<string, string>([
    ...[...catalog.routinesById.values()].map((routine) => [routine.id, routine.name] as const),
    ...customRoutines.map((routine) => [routine.id, routine.name] as const),
  ]);
  const links = draftKeys.flatMap((key) => {
    const link = draftLink(key, names, t);
    return link ? [{ key, ...link }] : [];
  });
  if (links.length === 0) return null;
  return (
    <div className="notice">
      <p>{t('manage.drafts.heading')}</p>
      <ul>
        {links.map(({ key, to, state, label }) => (
          <li key={key}>
            <Link to={to} state={state}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
