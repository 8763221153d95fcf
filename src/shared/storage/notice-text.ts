import { formatDate } from '../i18n/format-date';
import { currentLanguage, translate } from '../i18n/i18n';
import type { NoticeText } from './storage-notices';

/** A notice's words in the active language, its times as dates. */
export function noticeText(text: NoticeText): string {
  const language = currentLanguage();
  const dates = Object.fromEntries(Object.entries(text.dates ?? {}).map(([name, atMs]) => [name, formatDate(atMs, 'day-and-time', language)]));
  return translate(text.key, { ...text.values, ...dates });
}
