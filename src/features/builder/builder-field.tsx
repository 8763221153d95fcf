import type { ReactNode } from 'react';

interface BuilderFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  /** Shown under the field, e.g. "Empty: 25 s". */
  readonly hint?: ReactNode;
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly autoComplete?: string;
}

/** A labelled text field whose hint and error are tied to it for screen readers. */
export function BuilderField({ id, label, value, onChange, error, hint, inputMode = 'text', autoComplete = 'off' }: BuilderFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`builder-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
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
