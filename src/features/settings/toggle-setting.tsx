import { useId } from 'react';

interface ToggleSettingProps {
  readonly label: string;
  readonly hint?: string;
  readonly checked: boolean;
  readonly onToggle: (checked: boolean) => void;
}

export function ToggleSetting({ label, hint, checked, onToggle }: ToggleSettingProps) {
  const id = useId();
  return (
    <div className="setting setting-toggle">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onToggle(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="setting-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
