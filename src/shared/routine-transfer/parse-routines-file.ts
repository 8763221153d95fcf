/**
 * Reading an import file: size first (a 1 GB file is refused before a byte is read), then text,
 * then JSON, then the document validator. Every failure is a message for the user; nothing
 * throws, nothing is saved here.
 */
import { formatNumber } from '../i18n/format';
import { currentLanguage, translate } from '../i18n/i18n';
import type { TransferContext, TransferResult } from './transfer-context';
import { MAX_IMPORT_FILE_BYTES } from './transfer-limits';
import { validateRoutinesDocument } from './validate-routines-document';

const megabytes = (bytes: number) => formatNumber(bytes / (1024 * 1024), currentLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Parses and validates the text of a routines file. */
export function parseRoutinesText(text: string, context: TransferContext): TransferResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, message: translate('manage.transfer.notJson') };
  }
  try {
    return validateRoutinesDocument(document, context);
  } catch {
    // The validator is written not to throw; this is the last guard at an untrusted edge.
    return { ok: false, message: translate('manage.transfer.notChecked') };
  }
}

/** Reads a user-picked file and validates it. */
export async function readRoutinesFile(file: Blob, context: TransferContext): Promise<TransferResult> {
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return { ok: false, message: translate('manage.transfer.tooLarge', { size: megabytes(file.size), max: megabytes(MAX_IMPORT_FILE_BYTES) }) };
  }
  if (file.size === 0) return { ok: false, message: translate('manage.transfer.emptyFile') };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: translate('manage.transfer.unreadable') };
  }
  return parseRoutinesText(text, context);
}
