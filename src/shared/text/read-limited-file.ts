/**
 * The first steps of reading any file the user picks for an import: its size before a byte is
 * read, an empty file, a file the browser cannot read. Each gives a message for the user; the
 * caller names the kind of file in the too-large message and goes on with the text.
 */
import { formatNumber } from '../i18n/format';
import { currentLanguage, translate, type MessageKey } from '../i18n/i18n';

export type LimitedFileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const megabytes = (bytes: number) => formatNumber(bytes / (1024 * 1024), currentLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `tooLargeKey`: a message with `{size}` and `{max}` in MB. */
export async function readLimitedFile(file: Blob, maxBytes: number, tooLargeKey: MessageKey): Promise<LimitedFileText> {
  if (file.size > maxBytes) return { ok: false, message: translate(tooLargeKey, { size: megabytes(file.size), max: megabytes(maxBytes) }) };
  if (file.size === 0) return { ok: false, message: translate('manage.transfer.emptyFile') };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: translate('manage.transfer.unreadable') };
  }
}
