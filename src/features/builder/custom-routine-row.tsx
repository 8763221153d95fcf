import { useState } from 'react';
import { Link } from 'react-router';
import type { Routine } from '../../catalog/schema';
import { paths } from '../../shared/paths';
import { ShareLinkPanel } from '../../shared/routine-transfer/share-link-panel';
import { levelLabels, routineRegionLabels } from '../../shared/ui/catalog-labels';
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
        {count === 1 ? '1 exercise' : `${count} exercises`} · {durationText} · {routineRegionLabels[routine.region]} · {levelLabels[routine.level]}
      </p>
      <div className="routine-row-actions">
        <Link className="button primary" to={paths.player(routine.id)}>
          Start{hidden}
        </Link>
        <Link className="button" to={paths.editRoutine(routine.id)}>
          Edit{hidden}
        </Link>
        <button type="button" aria-expanded={mode === 'renaming'} onClick={() => toggle('renaming')}>
          Rename{hidden}
        </button>
        <button type="button" onClick={onDuplicate}>
          Duplicate{hidden}
        </button>
        <button type="button" aria-expanded={mode === 'sharing'} onClick={() => toggle('sharing')}>
          Share{hidden}
        </button>
        <button type="button" onClick={onExport}>
          Export{hidden}
        </button>
        <button type="button" className="danger" aria-expanded={mode === 'confirming-delete'} onClick={() => toggle('confirming-delete')}>
          Delete{hidden}
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
        <div className="discard-confirm" role="group" aria-label={`Delete ${routine.name}?`}>
          <span>Delete “{routine.name}” from this device?</span>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the question appears where the user tapped Delete */}
          <button type="button" className="danger" autoFocus onClick={onDelete}>
            Yes, delete
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </div>
      )}
      {mode === 'sharing' && <ShareLinkPanel routine={routine} onClose={() => setMode('idle')} />}
    </li>
  );
}
