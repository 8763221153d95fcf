import { useId } from 'react';
import { languageChosen } from './i18n';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES } from './languages';
import { useLanguage, useT } from './use-translation';

/**
 * The language switch, in Settings and in the footer: each language named in itself (with its
 * own `lang`, so a screen reader says "Deutsch" in German). Switching during a workout changes
 * the words from the next step on; nothing else is reset.
 */
export function LanguageChoice({ compact = false }: { readonly compact?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  return (
    <div className={compact ? 'language-choice compact' : 'language-choice setting'}>
      <label htmlFor={id}>{t('shell.language.label')}</label>
      <select id={id} value={language} onChange={(event) => void languageChosen(event.target.value as (typeof LANGUAGES)[number])}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={LANGUAGE_TAGS[option]}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
