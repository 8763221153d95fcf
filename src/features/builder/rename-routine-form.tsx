import { useId, useState, type FormEvent } from 'react';
import * as v from 'valibot';
import { nameSchema, type Routine } from '../../catalog/schema';

interface RenameRoutineFormProps {
  readonly routine: Routine;
  readonly onRenamed: (name: string) => void;
  readonly onCancel: () => void;
}

/** A new name, checked with the same rule as everywhere else (1 to 100 characters). */
export function RenameRoutineForm({ routine, onRenamed, onCancel }: RenameRoutineFormProps) {
  const [name, setName] = useState(routine.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const submitted = (event: FormEvent) => {
    event.preventDefault();
    const result = v.safeParse(nameSchema, name);
    if (!result.success) {
      setError(`The name ${result.issues[0].message}.`);
      return;
    }
    onRenamed(result.output);
  };

  return (
    <form className="rename-form builder-field" onSubmit={submitted} noValidate>
      <label htmlFor={inputId}>New name for {routine.name}</label>
      <input
        id={inputId}
        value={name}
        onChange={(event) => setName(event.target.value)}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the field appears because the user asked to rename
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />
      {error && (
        <p id={`${inputId}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="routine-row-actions">
        <button type="submit" className="primary">
          Save name
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
