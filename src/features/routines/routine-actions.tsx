import { Link } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { ShareRoutine } from './share-routine';

/**
 * What the builder reads from `location.state` on paths.newRoutine(): the routine to copy.
 * Kept as a plain shape (no import across features): { fromRoutineId: string }.
 */
export interface CustomizeRoutineState {
  readonly fromRoutineId: string;
}

/** Start, then change it (a copy of a built-in routine; the user's own is edited in place), then share. */
export function RoutineActions({ routine, isCustom }: { readonly routine: Routine; readonly isCustom: boolean }) {
  const t = useT();
  const customizeState: CustomizeRoutineState = { fromRoutineId: routine.id };
  return (
    <div className="routine-actions">
      <Link className="button primary" to={paths.player(routine.id)}>
        {t('browse.card.start')}
      </Link>
      {isCustom ? (
        <Link className="button" to={paths.editRoutine(routine.id)}>
          {t('browse.routine.edit')}
        </Link>
      ) : (
        <Link className="button" to={paths.newRoutine()} state={customizeState}>
          {t('browse.routine.customize')}
        </Link>
      )}
      <ShareRoutine routine={routine} />
    </div>
  );
}
