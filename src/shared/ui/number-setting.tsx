import { useId, useState } from 'react';
import { useT } from '../i18n/use-translation';
import './setting.css';

interface NumberSettingProps {
  readonly label: string;
  readonly hint: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly onValidChange: (value: number) => void;
}

/**
 * A whole-number setting (Settings' times, History's weekly goal). What the user types stays in
 * the field while it is wrong, with a message that says what is allowed; only a valid number is saved.
 */
export function NumberSetting({ label, hint, value, min, max, unit, onValidChange }: NumberSettingProps) {
  const id = useId();
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;
  const errorId = `${id}-error`;
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <div className="setting-input-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          aria-invalid={!valid}
          aria-describedby={`${id}-hint${valid ? '' : ` ${errorId}`}`}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            const number = Number(next);
            if (next.trim() !== '' && Number.isInteger(number) && number >= min && number <= max) onValidChange(number);
          }}
          onBlur={() => {
            if (valid) setDraft(null);
          }}
        />
        <span aria-hidden="true">{unit}</span>
      </div>
      <p className="setting-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {!valid && (
        <p className="setting-error" id={errorId} role="alert">
          {t('manage.settings.numberError', { min, max, value, unit })}
        </p>
      )}
    </div>
  );
}
