import type { ThemeChoice } from '../../stores/saved-theme';
import { settingsActions, useSetting } from '../../stores/settings-store';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Same as this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSetting() {
  const theme = useSetting('theme');
  return (
    <fieldset className="settings-group">
      <legend>Theme</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="setting-radio">
          <input type="radio" name="theme" value={choice.value} checked={theme === choice.value} onChange={() => settingsActions.settingsChanged({ theme: choice.value })} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
