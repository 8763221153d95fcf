import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n/use-translation';

interface BuilderFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  /** Shown under the field, e.g. "Leave empty to use the exercise’s default (25 s)." */
  readonly hint?: ReactNode;
  /** For number fields: the default an empty field stands for. */
  readonly placeholder?: string;
  readonly required?: boolean;
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly autoComplete?: string;
}

/**
 * A labelled text field whose hint and error are tied to it for screen readers. A required
 * field says so visibly next to its label; screen readers hear it from the `required`
 * attribute, so the visible word is hidden from them (it would be read twice).
 */
export function BuilderField(props: BuilderFieldProps) {
  const { id, label, value, onChange, error, hint, placeholder, required = false, inputMode = 'text', autoComplete = 'off' } = props;
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`builder-field${error ? ' has-error' : ''}`}>
      <div className="builder-field-label">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required-mark" aria-hidden="true">
            {t('manage.builder.required')}
          </span>
        )}
      </div>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        placeholder={placeholder}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
