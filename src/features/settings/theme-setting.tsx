import type { MessageKey } from '../../shared/i18n/i18n';
import { useT } from '../../shared/i18n/use-translation';
import type { ThemeChoice } from '../../stores/saved-theme';
import { settingsActions, useSetting } from '../../stores/settings-store';

const CHOICES: readonly { value: ThemeChoice; label: MessageKey }[] = [
  { value: 'system', label: 'manage.theme.system' },
  { value: 'light', label: 'manage.theme.light' },
  { value: 'dark', label: 'manage.theme.dark' },
];

export function ThemeSetting() {
  const theme = useSetting('theme');
  const t = useT();
  return (
    <fieldset className="settings-group">
      <legend>{t('manage.theme.legend')}</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="setting-radio">
          <input type="radio" name="theme" value={choice.value} checked={theme === choice.value} onChange={() => settingsActions.settingsChanged({ theme: choice.value })} />
          {t(choice.label)}
        </label>
      ))}
    </fieldset>
  );
}
