import { usePageTitle } from '../../shared/ui/use-page-title';
import { SETTING_LIMITS, settingsActions, useSetting } from '../../stores/settings-store';
import { NumberSetting } from './number-setting';
import { PaceSetting } from './pace-setting';
import { StoredDataInfo } from './stored-data-info';
import { ThemeSetting } from './theme-setting';
import { ToggleSetting } from './toggle-setting';
import { VoiceSettings } from './voice-settings';
import './settings.css';

const canVibrate = typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

function TimingSettings() {
  const getReadySeconds = useSetting('getReadySeconds');
  const restSeconds = useSetting('restSeconds');
  const readSetupCues = useSetting('readSetupCues');
  return (
    <fieldset className="settings-group">
      <legend>Timing</legend>
      <NumberSetting
        label="Get ready before each exercise"
        hint="Time to get into the starting position."
        unit="seconds"
        value={getReadySeconds}
        {...SETTING_LIMITS.getReadySeconds}
        onValidChange={(value) => settingsActions.settingsChanged({ getReadySeconds: value })}
      />
      <NumberSetting
        label="Rest between exercises"
        hint="Used when a routine does not set its own rest."
        unit="seconds"
        value={restSeconds}
        {...SETTING_LIMITS.restSeconds}
        onValidChange={(value) => settingsActions.settingsChanged({ restSeconds: value })}
      />
      <PaceSetting />
      <ToggleSetting
        label="Read the setup cues while getting ready"
        hint="How to get into position, spoken before each exercise."
        checked={readSetupCues}
        onToggle={(checked) => settingsActions.settingsChanged({ readSetupCues: checked })}
      />
    </fieldset>
  );
}

function SoundSettings() {
  const soundOn = useSetting('soundOn');
  const vibrationOn = useSetting('vibrationOn');
  return (
    <fieldset className="settings-group">
      <legend>Sound and vibration</legend>
      <ToggleSetting
        label="Beeps"
        hint="3-2-1 before each step ends, and a tone when work starts or you switch sides."
        checked={soundOn}
        onToggle={(checked) => settingsActions.settingsChanged({ soundOn: checked })}
      />
      <ToggleSetting
        label="Vibration"
        hint={canVibrate ? 'Buzzes at each step change.' : 'This device cannot vibrate; the setting applies on devices that can.'}
        checked={vibrationOn}
        onToggle={(checked) => settingsActions.settingsChanged({ vibrationOn: checked })}
      />
    </fieldset>
  );
}

export default function SettingsPage() {
  usePageTitle('Settings');
  return (
    <section className="page narrow settings-page">
      <h1>Settings</h1>
      <p>Changes are saved on this device as you make them and apply to the next workout.</p>
      <TimingSettings />
      <SoundSettings />
      <VoiceSettings />
      <ThemeSetting />
      <button type="button" className="button" onClick={() => settingsActions.settingsResetToDefaults()}>
        Restore the default settings
      </button>
      <StoredDataInfo />
    </section>
  );
}
