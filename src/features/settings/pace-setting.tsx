import { useId } from 'react';
import { formatNumber } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/i18n';
import { useLanguage, useT } from '../../shared/i18n/use-translation';
import { settingsActions, useSetting } from '../../stores/settings-store';

const PACES: readonly { factor: number; label: MessageKey }[] = [
  { factor: 2, label: 'manage.pace.muchSlower' },
  { factor: 1.5, label: 'manage.pace.slower' },
  { factor: 1.25, label: 'manage.pace.littleSlower' },
  { factor: 1, label: 'manage.pace.asDescribed' },
  { factor: 0.75, label: 'manage.pace.littleFaster' },
];

/** How long each raise, hold and lower lasts, relative to the exercise's own timing. */
export function PaceSetting() {
  const paceFactor = useSetting('paceFactor');
  const id = useId();
  const t = useT();
  const language = useLanguage();
  const known = PACES.some((pace) => pace.factor === paceFactor);
  return (
    <div className="setting">
      <label htmlFor={id}>{t('manage.pace.label')}</label>
      <select id={id} value={String(paceFactor)} aria-describedby={`${id}-hint`} onChange={(event) => settingsActions.settingsChanged({ paceFactor: Number(event.target.value) })}>
        {!known && <option value={String(paceFactor)}>{t('manage.pace.other', { factor: formatNumber(paceFactor, language) })}</option>}
        {PACES.map((pace) => (
          <option key={pace.factor} value={String(pace.factor)}>
            {t(pace.label)}
          </option>
        ))}
      </select>
      <p className="setting-hint" id={`${id}-hint`}>
        {t('manage.pace.hint')}
      </p>
    </div>
  );
}
