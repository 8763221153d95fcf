import { useState } from 'react';
import { useT } from '../../shared/i18n/use-translation';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { SETTING_LIMITS, settingsActions, useSetting } from '../../stores/settings-store';
import { NumberSetting } from '../../shared/ui/number-setting';
import { PaceSetting } from './pace-setting';
import { HistoryExportPanel } from './history-export-panel';
import { HistoryImportPanel } from './history-import-panel';
import { ReminderPanel } from './reminder-panel';
import { StoredDataInfo } from './stored-data-info';
import { ThemeSetting } from './theme-setting';
import { ToggleSetting } from './toggle-setting';
import { VoiceSettings } from './voice-settings';
import './settings.css';
import './history-transfer.css';
import { LanguageChoice } from '../../shared/i18n/language-choice';

const canVibrate = (): boolean => typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

function TimingSettings() {
  const getReadySeconds = useSetting('getReadySeconds');
  const restSeconds = useSetting('restSeconds');
  const readSetupCues = useSetting('readSetupCues');
  const t = useT();
  return (
    <fieldset className="settings-group">
      <legend>{t('manage.settings.timing')}</legend>
      <NumberSetting
        label={t('manage.settings.getReady')}
        hint={t('manage.settings.getReadyHint')}
        unit={t('manage.settings.seconds')}
        value={getReadySeconds}
        {...SETTING_LIMITS.getReadySeconds}
        onValidChange={(value) => settingsActions.settingsChanged({ getReadySeconds: value })}
      />
      <NumberSetting
        label={t('manage.settings.rest')}
        hint={t('manage.settings.restHint')}
        unit={t('manage.settings.seconds')}
        value={restSeconds}
        {...SETTING_LIMITS.restSeconds}
        onValidChange={(value) => settingsActions.settingsChanged({ restSeconds: value })}
      />
      <PaceSetting />
      <ToggleSetting
        label={t('manage.settings.readSetup')}
        hint={t('manage.settings.readSetupHint')}
        checked={readSetupCues}
        onToggle={(checked) => settingsActions.settingsChanged({ readSetupCues: checked })}
      />
    </fieldset>
  );
}

function SoundSettings() {
  const soundOn = useSetting('soundOn');
  const vibrationOn = useSetting('vibrationOn');
  const headsetButtonsOn = useSetting('headsetButtonsOn');
  const t = useT();
  return (
    <fieldset className="settings-group">
      <legend>{t('manage.settings.sound')}</legend>
      <ToggleSetting
        label={t('manage.settings.beeps')}
        hint={t('manage.settings.beepsHint')}
        checked={soundOn}
        onToggle={(checked) => settingsActions.settingsChanged({ soundOn: checked })}
      />
      <ToggleSetting
        label={t('manage.settings.vibration')}
        hint={t(canVibrate() ? 'manage.settings.vibrationHint' : 'manage.settings.noVibration')}
        checked={vibrationOn}
        onToggle={(checked) => settingsActions.settingsChanged({ vibrationOn: checked })}
      />
      <ToggleSetting
        label={t('manage.settings.headsetButtons')}
        hint={t('manage.settings.headsetButtonsHint')}
        checked={headsetButtonsOn}
        onToggle={(checked) => settingsActions.settingsChanged({ headsetButtonsOn: checked })}
      />
    </fieldset>
  );
}

export default function SettingsPage() {
  const t = useT();
  usePageTitle(t('manage.settings.title'));
  // Restoring the defaults starts the settings afresh: a number still typed wrong and its error,
  // or an old "voice unavailable" notice, go with the values they were about.
  const [restoredCount, setRestoredCount] = useState(0);
  const restoreDefaults = () => {
    settingsActions.settingsResetToDefaults();
    setRestoredCount((count) => count + 1);
  };
  return (
    <section className="page narrow settings-page">
      <h1>{t('manage.settings.title')}</h1>
      <p>{t('manage.settings.intro')}</p>
      <div className="settings-group">
        <LanguageChoice />
      </div>
      <TimingSettings key={`timing-${restoredCount}`} />
      <SoundSettings key={`sound-${restoredCount}`} />
      <VoiceSettings key={`voice-${restoredCount}`} />
      <ThemeSetting key={`theme-${restoredCount}`} />
      <button type="button" className="button" onClick={restoreDefaults}>
        {t('manage.settings.restoreDefaults')}
      </button>
      <StoredDataInfo />
      <HistoryExportPanel />
      <HistoryImportPanel />
      <ReminderPanel />
    </section>
  );
}
