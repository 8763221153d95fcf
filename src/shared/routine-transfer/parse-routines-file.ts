/**
 * Reading an import file: size first (a 1 GB file is refused before a byte is read), then text,
 * then JSON, then the document validator. Every failure is a message for the user; nothing
 * throws, nothing is saved here.
 */
import { translate } from '../i18n/i18n';
import { readLimitedFile } from '../text/read-limited-file';
import type { TransferContext, TransferResult } from './transfer-context';
import { MAX_IMPORT_FILE_BYTES } from './transfer-limits';
import { validateRoutinesDocument } from './validate-routines-document';

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
  const read = await readLimitedFile(file, MAX_IMPORT_FILE_BYTES, 'manage.transfer.tooLarge');
  if (!read.ok) return read;
  return parseRoutinesText(read.text, context);
}
