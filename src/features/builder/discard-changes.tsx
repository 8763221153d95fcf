import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../shared/paths';

interface DiscardChangesProps {
  readonly dirty: boolean;
  readonly isNew: boolean;
  readonly onDiscard: () => void;
}

/** "Discard changes", asked twice: the second tap is the confirmation. */
export function DiscardChanges({ dirty, isNew, onDiscard }: DiscardChangesProps) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  if (!dirty) {
    return (
      <button type="button" onClick={() => navigate(paths.myRoutines())}>
        Back to my routines
      </button>
    );
  }
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Discard changes
      </button>
    );
  }
  return (
    <div className="discard-confirm" role="group" aria-label="Discard your changes?">
      <span>Discard your changes?</span>
      <button
        type="button"
        className="danger"
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the question just appeared where the user tapped
        autoFocus
        onClick={() => {
          onDiscard();
          setAsking(false);
          if (isNew) navigate(paths.myRoutines());
        }}
      >
        Yes, discard
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep editing
      </button>
    </div>
  );
}
