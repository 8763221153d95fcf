import { useId, useState, type FormEvent } from 'react';
import type { Routine } from '../../catalog/schema';
import { useT } from '../../shared/i18n/use-translation';
import { checkName } from '../../shared/text/user-text';

interface RenameRoutineFormProps {
  readonly routine: Routine;
  readonly onRenamed: (name: string) => void;
  readonly onCancel: () => void;
}

/**
 * A new name, checked and normalized with the same rule as everywhere else: invisible characters
 * removed, at least one visible character, at most 100 characters.
 */
export function RenameRoutineForm({ routine, onRenamed, onCancel }: RenameRoutineFormProps) {
  const [name, setName] = useState(routine.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const t = useT();

  const submitted = (event: FormEvent) => {
    event.preventDefault();
    const result = checkName(name, t('manage.text.theName'));
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    onRenamed(result.name);
  };

  return (
    <form className="rename-form builder-field" onSubmit={submitted} noValidate>
      <label htmlFor={inputId}>{t('manage.rename.label', { name: routine.name })}</label>
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
          {t('manage.rename.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('manage.cancel')}
        </button>
      </div>
    </form>
  );
}
