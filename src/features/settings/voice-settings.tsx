import { useId, useRef, useState } from 'react';
import { createSpeaker, type Speaker } from '../../platform/speaker';
import { getSettings, SETTING_LIMITS, settingsActions, useSetting } from '../../stores/settings-store';
import { ToggleSetting } from './toggle-setting';
import { useVoices } from './use-voices';

const TEST_PHRASE = 'Lift your right leg. Keep your back straight.';

/** Voice on or off, which voice, how fast, and a button to hear it. */
export function VoiceSettings() {
  const voiceOn = useSetting('voiceOn');
  const voiceUri = useSetting('voiceUri');
  const speechRate = useSetting('speechRate');
  const voices = useVoices();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const speaker = useRef<Speaker | null>(null);

  const testVoice = () => {
    setProblem(null);
    speaker.current ??= createSpeaker({
      preferences: () => ({ voiceUri: getSettings().voiceUri, rate: getSettings().speechRate }),
      onUnavailable: (reason) => setProblem(`Voice is unavailable here (${reason}). Workouts still show every cue on screen and beep.`),
    });
    speaker.current.cancelScheduled();
    speaker.current.sayNow(TEST_PHRASE);
  };

  const chosenMissing = voiceUri !== null && voices.length > 0 && !voices.some((voice) => voice.voiceURI === voiceUri);
  return (
    <fieldset className="settings-group">
      <legend>Voice</legend>
      <ToggleSetting
        label="Speak the cues"
        hint="Says the exercise, the side and what to do, so you need not look at the screen."
        checked={voiceOn}
        onToggle={(checked) => settingsActions.settingsChanged({ voiceOn: checked })}
      />
      <div className="setting">
        <label htmlFor={`${id}-voice`}>Voice</label>
        <select
          id={`${id}-voice`}
          value={chosenMissing ? '' : (voiceUri ?? '')}
          aria-describedby={`${id}-voice-hint`}
          onChange={(event) => settingsActions.settingsChanged({ voiceUri: event.target.value || null })}
        >
          <option value="">Automatic (a voice on this device)</option>
          {voices.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {voice.name} ({voice.lang}){voice.localService ? '' : ', online'}
            </option>
          ))}
        </select>
        <p className="setting-hint" id={`${id}-voice-hint`}>
          {voices.length === 0
            ? 'This browser lists no voices. Cues are still shown on screen.'
            : chosenMissing
              ? 'The voice you chose is not on this device; an automatic voice is used.'
              : 'On-device voices work offline.'}
        </p>
      </div>
      <div className="setting">
        <label htmlFor={`${id}-rate`}>Speaking rate</label>
        <div className="setting-input-row">
          <input
            id={`${id}-rate`}
            type="range"
            min={SETTING_LIMITS.speechRate.min}
            max={SETTING_LIMITS.speechRate.max}
            step={0.1}
            value={speechRate}
            aria-valuetext={`${speechRate.toFixed(1)} times normal`}
            onChange={(event) => settingsActions.settingsChanged({ speechRate: Number(event.target.value) })}
          />
          <output htmlFor={`${id}-rate`}>{speechRate.toFixed(1)}×</output>
        </div>
      </div>
      <button type="button" className="button" onClick={testVoice}>
        Test voice
      </button>
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
