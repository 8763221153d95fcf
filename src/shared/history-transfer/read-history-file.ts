/**
 * Reading a history file: size first (a huge file is refused before a byte is read), then text,
 * then JSON, then the document validator. Every failure is a message; nothing throws, nothing is
 * saved here.
 */
import { translate } from '../i18n/i18n';
import { readLimitedFile } from '../text/read-limited-file';
import type { ExportableWorkout } from './history-csv';
import { MAX_HISTORY_FILE_BYTES } from './history-limits';
import { validateHistoryDocument, type HistoryCheck, type HistoryCheckContext } from './validate-history-document';

export async function parseHistoryText<W extends ExportableWorkout>(text: string, context: HistoryCheckContext<W>): Promise<HistoryCheck<W>> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, message: translate('historyTransfer.problem.notJson') };
  }
  try {
    return await validateHistoryDocument(document, context);
  } catch {
    // The validator is written not to throw; this is the last guard at an untrusted edge.
    return { ok: false, message: translate('manage.transfer.notChecked') };
  }
}

export async function readHistoryFile<W extends ExportableWorkout>(file: Blob, context: HistoryCheckContext<W>): Promise<HistoryCheck<W>> {
  const read = await readLimitedFile(file, MAX_HISTORY_FILE_BYTES, 'historyTransfer.problem.tooLarge');
  if (!read.ok) return read;
  return parseHistoryText(read.text, context);
}
