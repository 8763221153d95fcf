import { useState } from 'react';
import { Link } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { paths } from '../../shared/paths';
import { levelLabel, routineRegionLabel } from '../../shared/ui/catalog-labels';
import { ShareLinkPanel } from '../../shared/routine-transfer/share-link-panel';
import { RenameRoutineForm } from './rename-routine-form';

interface CustomRoutineRowProps {
  readonly routine: Routine;
  /** "12 min 30 s", or why there is none. */
  readonly durationText: string;
  readonly onRenamed: (name: string) => void;
  readonly onDuplicate: () => void;
  readonly onExport: () => void;
  readonly onDelete: () => void;
}

type RowMode = 'idle' | 'renaming' | 'confirming-delete' | 'sharing';

/** One of the user's routines with everything that can be done to it. */
export function CustomRoutineRow({ routine, durationText, onRenamed, onDuplicate, onExport, onDelete }: CustomRoutineRowProps) {
  const [mode, setMode] = useState<RowMode>('idle');
  const toggle = (next: RowMode) => setMode((current) => (current === next ? 'idle' : next));
  const count = routine.items.length;
  const t = useT();
  // The space sits outside the hidden span: some name computations drop a span's leading space.
  const hidden = (
    <>
      {' '}
      <span className="visually-hidden">{routine.name}</span>
    </>
  );
  return (
    <li>
      <h2>{routine.name}</h2>
      <p className="routine-row-meta">
        {t('manage.exerciseCount', { count })} · {durationText} · {routineRegionLabel(t, routine.region)} · {levelLabel(t, routine.level)}
      </p>
      <div className="routine-row-actions">
        <Link className="button primary" to={paths.player(routine.id)}>
          {t('manage.row.start')}{hidden}
        </Link>
        <Link className="button" to={paths.editRoutine(routine.id)}>
          {t('manage.row.edit')}{hidden}
        </Link>
        <button type="button" aria-expanded={mode === 'renaming'} onClick={() => toggle('renaming')}>
          {t('manage.row.rename')}{hidden}
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('manage.row.duplicate')}{hidden}
        </button>
        <button type="button" aria-expanded={mode === 'sharing'} onClick={() => toggle('sharing')}>
          {t('manage.row.share')}{hidden}
        </button>
        <button type="button" onClick={onExport}>
          {t('manage.row.export')}{hidden}
        </button>
        <button type="button" className="danger" aria-expanded={mode === 'confirming-delete'} onClick={() => toggle('confirming-delete')}>
          {t('manage.row.delete')}{hidden}
        </button>
      </div>
      {mode === 'renaming' && (
        <RenameRoutineForm
          routine={routine}
          onCancel={() => setMode('idle')}
          onRenamed={(name) => {
            onRenamed(name);
            setMode('idle');
          }}
        />
      )}
      {mode === 'confirming-delete' && (
        <div className="discard-confirm" role="group" aria-label={t('manage.row.deleteLabel', { name: routine.name })}>
          <span>{t('manage.row.deleteQuestion', { name: routine.name })}</span>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the question appears where the user tapped Delete */}
          <button type="button" className="danger" autoFocus onClick={onDelete}>
            {t('manage.row.deleteYes')}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('manage.cancel')}
          </button>
        </div>
      )}
      {mode === 'sharing' && <ShareLinkPanel routine={routine} onClose={() => setMode('idle')} />}
    </li>
  );
}
