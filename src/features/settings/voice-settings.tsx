import { useId, useMemo, useRef, useState } from 'react';
import { createSpeaker, type Speaker } from '../../platform/speaker';
import { formatNumber } from '../../shared/i18n/format';
import { currentLanguage, translate } from '../../shared/i18n/i18n';
import { LANGUAGE_TAGS, type Language } from '../../shared/i18n/languages';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { getSettings, SETTING_LIMITS, settingsActions, useSetting } from '../../stores/settings-store';
import { ToggleSetting } from './toggle-setting';
import { useVoices } from './use-voices';

/** The voices of `language` first ("de", "de-DE", "de_AT"…), each group in the browser's order. */
export function voicesLanguageFirst(voices: readonly SpeechSynthesisVoice[], language: Language): readonly SpeechSynthesisVoice[] {
  const isOfLanguage = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === language;
  return [...voices.filter(isOfLanguage), ...voices.filter((voice) => !isOfLanguage(voice))];
}

/** Voice on or off, which voice, how fast, and a button to hear it. */
export function VoiceSettings() {
  const voiceOn = useSetting('voiceOn');
  const voiceUri = useSetting('voiceUri');
  const speechRate = useSetting('speechRate');
  const language = useLanguage();
  const t = useT();
  const allVoices = useVoices();
  const voices = useMemo(() => voicesLanguageFirst(allVoices, language), [allVoices, language]);
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const speaker = useRef<Speaker | null>(null);

  const testVoice = () => {
    setProblem(null);
    speaker.current ??= createSpeaker({
      preferences: () => ({ voiceUri: getSettings().voiceUri, rate: getSettings().speechRate }),
      language: () => LANGUAGE_TAGS[currentLanguage()],
      onUnavailable: (reason) => setProblem(translate('manage.voice.unavailable', { reason: reason.replace('-', '_') })),
    });
    speaker.current.cancelScheduled();
    speaker.current.sayNow(translate('manage.voice.testPhrase'));
  };

  const chosenMissing = voiceUri !== null && voices.length > 0 && !voices.some((voice) => voice.voiceURI === voiceUri);
  return (
    <fieldset className="settings-group">
      <legend>{t('manage.voice.legend')}</legend>
      <ToggleSetting
        label={t('manage.voice.speak')}
        hint={t('manage.voice.speakHint')}
        checked={voiceOn}
        onToggle={(checked) => settingsActions.settingsChanged({ voiceOn: checked })}
      />
      <div className="setting">
        <label htmlFor={`${id}-voice`}>{t('manage.voice.voice')}</label>
        <select
          id={`${id}-voice`}
          value={chosenMissing ? '' : (voiceUri ?? '')}
          aria-describedby={`${id}-voice-hint`}
          onChange={(event) => settingsActions.settingsChanged({ voiceUri: event.target.value || null })}
        >
          <option value="">{t('manage.voice.automatic')}</option>
          {voices.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {t(voice.localService ? 'manage.voice.option' : 'manage.voice.optionOnline', { name: voice.name, lang: voice.lang })}
            </option>
          ))}
        </select>
        <p className="setting-hint" id={`${id}-voice-hint`}>
          {voices.length === 0
            ? t('manage.voice.noVoices')
            : chosenMissing
              ? t('manage.voice.chosenMissing')
              : t('manage.voice.offlineHint')}
        </p>
      </div>
      <div className="setting">
        <label htmlFor={`${id}-rate`}>{t('manage.voice.rate')}</label>
        <div className="setting-input-row">
          <input
            id={`${id}-rate`}
            type="range"
            min={SETTING_LIMITS.speechRate.min}
            max={SETTING_LIMITS.speechRate.max}
            step={0.1}
            value={speechRate}
            aria-valuetext={t('manage.voice.rateValue', { rate: formatNumber(speechRate, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
            onChange={(event) => settingsActions.settingsChanged({ speechRate: Number(event.target.value) })}
          />
          <output htmlFor={`${id}-rate`}>{t('manage.voice.rateShort', { rate: formatNumber(speechRate, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}</output>
        </div>
      </div>
      <button type="button" className="button" onClick={testVoice}>
        {t('manage.voice.test')}
      </button>
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
